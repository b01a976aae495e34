import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorkCalendar } from "@/lib/sla/calendar";
import { addWorkingMs, clockStart, computeDueAt, dueMoment, workingMsBetween } from "@/lib/sla/clock";
import { createSlaEvaluator } from "@/lib/sla/evaluator";
import { remainingWholeWorkingDays, remainingWorkingDays, slaStatus } from "@/lib/sla/status";
import {
  calendarArbitrary,
  calendarOf,
  instantArbitrary,
  instantSpecArbitrary,
  JAKARTA,
  OFFICE_DAY,
  resolveInstant,
  seedHolidaySpecs,
  wib,
  type InstantSpec,
} from "@/lib/sla/test-support";

// The table covers 2026-02-01 to 2027-06-30; instants are drawn from a wider
// span so the fallback to the plain functions is exercised at both ends.
const TABLE = { from: new Date("2026-02-01T00:00:00Z"), to: new Date("2027-06-30T00:00:00Z") };
const WIDE_FROM_MS = Date.UTC(2025, 11, 1);
const wideInstant = instantSpecArbitrary(WIDE_FROM_MS, Date.UTC(2027, 8, 30));

describe("the fast evaluator", () => {
  const calendar = calendarOf(JAKARTA, seedHolidaySpecs());
  const evaluator = createSlaEvaluator(calendar, TABLE);

  it("covers whole local days of its range", () => {
    expect(evaluator.coversFrom).toEqual(wib("2026-02-01 00:00"));
    expect(evaluator.coversTo).toEqual(wib("2027-07-01 00:00"));
    expect(evaluator.workingDayCount).toBeGreaterThan(300);
  });

  it("answers the worked examples like the plain functions", () => {
    expect(evaluator.dueMoment(wib("2026-12-30 10:00"), 3)).toEqual(wib("2027-01-04 16:00"));
    expect(evaluator.dueMoment(wib("2026-03-17 10:00"), 2)).toEqual(wib("2026-03-25 16:00"));
    expect(evaluator.clockStart(wib("2026-08-17 09:00"))).toEqual(wib("2026-08-18 07:30"));
    expect(evaluator.workingMsBetween(wib("2026-04-02 15:00"), wib("2026-04-06 08:30"))).toBe(2 * 3_600_000);
    expect(evaluator.addWorkingMs(wib("2026-03-06 16:00"), OFFICE_DAY)).toEqual(wib("2026-03-09 16:00"));
    const item = { startedAt: wib("2026-03-02 07:30"), dueAt: wib("2026-03-04 16:00") };
    expect(evaluator.status({ ...item, now: wib("2026-03-04 16:00") })).toBe("AT_RISK");
    expect(evaluator.status({ ...item, now: new Date(wib("2026-03-04 16:00").getTime() + 1) })).toBe("BREACHED");
  });

  it("falls back to the plain functions outside its table", () => {
    const beforeTable = wib("2026-01-15 10:00");
    expect(evaluator.dueMoment(beforeTable, 5)).toEqual(dueMoment(calendar, beforeTable, 5));
    const nearEnd = wib("2027-06-29 10:00");
    expect(evaluator.dueMoment(nearEnd, 20)).toEqual(dueMoment(calendar, nearEnd, 20));
    expect(evaluator.addWorkingMs(nearEnd, 30 * OFFICE_DAY)).toEqual(addWorkingMs(calendar, nearEnd, 30 * OFFICE_DAY));
  });

  it("measures across both edges of its table like the plain functions", () => {
    // A table from a Tuesday noon to a Wednesday covers both whole local days.
    const edged = createSlaEvaluator(calendar, { from: wib("2026-02-03 12:00"), to: wib("2026-06-10 12:00") });
    expect(edged.coversFrom).toEqual(wib("2026-02-03 00:00"));
    expect(edged.coversTo).toEqual(wib("2026-06-11 00:00"));
    const pairs: [string, string][] = [
      ["2026-02-02 10:00", "2026-02-03 10:00"],
      ["2026-02-02 23:59", "2026-02-03 00:01"],
      ["2026-06-10 15:00", "2026-06-11 10:00"],
      ["2026-06-10 23:59", "2026-06-11 08:30"],
    ];
    for (const [from, to] of pairs) {
      expect(edged.workingMsBetween(wib(from), wib(to))).toBe(workingMsBetween(calendar, wib(from), wib(to)));
    }
    expect(edged.workingMsBetween(wib("2026-02-02 10:00"), wib("2026-02-03 10:00"))).toBe(OFFICE_DAY);
    expect(edged.dueMoment(wib("2026-06-10 16:00"), 1)).toEqual(wib("2026-06-11 16:00"));
    expect(edged.addWorkingMs(wib("2026-06-10 15:00"), 2 * 3_600_000)).toEqual(wib("2026-06-11 08:30"));
  });

  it("refuses a range that runs backwards or spans decades", () => {
    expect(() => createSlaEvaluator(calendar, { from: TABLE.to, to: TABLE.from })).toThrow(RangeError);
    expect(() => createSlaEvaluator(calendar, { from: new Date("2000-01-01"), to: new Date("2030-01-01") })).toThrow(RangeError);
  });

  it.each([
    ["at close exactly", "2026-03-02 16:00"],
    ["1 ms before close", "2026-03-02 15:59:59.999"],
    ["at opening exactly", "2026-03-02 07:30"],
    ["1 ms before opening", "2026-03-02 07:29:59.999"],
    ["on a Saturday", "2026-03-07 10:00"],
    ["on a holiday", "2026-08-17 10:00"],
    ["after the last close in the table", "2027-06-30 16:00"],
  ])("starts the clock like the plain functions for a submission %s", (_case, submitted) => {
    expect(evaluator.clockStart(wib(submitted))).toEqual(clockStart(calendar, wib(submitted)));
    expect(evaluator.dueMoment(wib(submitted), 1)).toEqual(dueMoment(calendar, wib(submitted), 1));
  });

  it("validates its inputs like the plain functions", () => {
    expect(() => evaluator.dueMoment(wib("2026-03-02 10:00"), 0)).toThrow(RangeError);
    expect(() => evaluator.addWorkingMs(wib("2026-03-02 10:00"), -1)).toThrow(RangeError);
  });
});

// 300 random cases each compare two implementations: seconds on a loaded 2-core machine, not a speed claim.
const PROPERTY_TIMEOUT_MS = 60_000;

describe("the fast evaluator agrees with the plain functions", () => {
  const at = (calendar: WorkCalendar, spec: InstantSpec) => resolveInstant(calendar, spec, WIDE_FROM_MS);

  it(
    "on clock start, due moment and working time",
    () => {
      fc.assert(
        fc.property(
          calendarArbitrary,
          wideInstant,
          wideInstant,
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 0, max: 15 * 86_400_000 }),
          (calendar, aSpec, bSpec, days, ms) => {
            const [a, b] = [at(calendar, aSpec), at(calendar, bSpec)];
            const fast = createSlaEvaluator(calendar, TABLE);
            expect(fast.clockStart(a)).toEqual(clockStart(calendar, a));
            expect(fast.dueMoment(a, days)).toEqual(dueMoment(calendar, a, days));
            expect(fast.workingMsBetween(a, b)).toBe(workingMsBetween(calendar, a, b));
            expect(fast.workingMsBetween(b, a)).toBe(workingMsBetween(calendar, b, a));
            expect(fast.addWorkingMs(a, ms)).toEqual(addWorkingMs(calendar, a, ms));
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "on stored due moments with pauses",
    () => {
      const pauseArbitrary = fc.tuple(wideInstant, fc.option(fc.integer({ min: 0, max: 20 * 86_400_000 }), { nil: null }));
      fc.assert(
        fc.property(
          calendarArbitrary,
          wideInstant,
          fc.integer({ min: 1, max: 30 }),
          fc.array(pauseArbitrary, { maxLength: 4 }),
          fc.option(wideInstant, { nil: null }),
          (calendar, submittedSpec, workingDays, pauseSpecs, previousSpec) => {
            const pauses = pauseSpecs.map(([startSpec, length]) => {
              const startedAt = at(calendar, startSpec);
              return { startedAt, endedAt: length === null ? null : new Date(startedAt.getTime() + length) };
            });
            const submittedAt = at(calendar, submittedSpec);
            const previousDueAt = previousSpec && at(calendar, previousSpec);
            const input = { submittedAt, workingDays, pauses, previousDueAt };
            expect(createSlaEvaluator(calendar, TABLE).computeDueAt(input)).toEqual(computeDueAt(calendar, input));
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "on status and remaining working days",
    () => {
      fc.assert(
        fc.property(
          calendarArbitrary,
          wideInstant,
          fc.integer({ min: 1, max: 30 }),
          wideInstant,
          fc.option(wideInstant, { nil: null }),
          fc.option(wideInstant, { nil: null }),
          (calendar, submittedSpec, days, nowSpec, pausedSpec, finishedSpec) => {
            const fast = createSlaEvaluator(calendar, TABLE);
            const submittedAt = at(calendar, submittedSpec);
            const dueAt = dueMoment(calendar, submittedAt, days);
            const input = {
              startedAt: submittedAt,
              dueAt,
              now: at(calendar, nowSpec),
              pausedSince: pausedSpec && at(calendar, pausedSpec),
              finishedAt: finishedSpec && at(calendar, finishedSpec),
            };
            expect(fast.status(input)).toBe(slaStatus(calendar, input));
            expect(fast.remainingWorkingDays(input)).toBe(remainingWorkingDays(calendar, input));
            expect(fast.remainingWholeWorkingDays(input)).toBe(remainingWholeWorkingDays(calendar, input));
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("on status right at the thresholds", () => {
    const calendar = calendarOf(JAKARTA, seedHolidaySpecs());
    const fast = createSlaEvaluator(calendar, TABLE);
    fc.assert(
      fc.property(
        instantArbitrary(Date.UTC(2026, 1, 1), Date.UTC(2026, 11, 1)),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1.1, noNaN: true }),
        fc.constantFrom(-1, 0, 1),
        (submittedAt, days, fraction, nudge) => {
          const dueAt = dueMoment(calendar, submittedAt, days);
          const allowance = workingMsBetween(calendar, submittedAt, dueAt);
          // Instants exactly at (and 1 ms around) 25% left, one day left and the due moment.
          const marks = [allowance * 0.75, allowance - OFFICE_DAY, allowance, allowance * fraction];
          for (const mark of marks) {
            const now = new Date(addWorkingMs(calendar, submittedAt, Math.max(0, Math.round(mark))).getTime() + nudge);
            const input = { startedAt: submittedAt, dueAt, now };
            expect(fast.status(input)).toBe(slaStatus(calendar, input));
          }
        },
      ),
    );
  });
});
