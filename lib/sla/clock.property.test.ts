import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkCalendar, isWorkingDay, localDateTimeOf, officeDayMs, type WorkCalendar } from "@/lib/sla/calendar";
import { addWorkingMs, clockStart, computeDueAt, dueMoment, workingMsBetween } from "@/lib/sla/clock";
import { slaStatus, type SlaStatus } from "@/lib/sla/status";
import { calendarArbitrary, instantArbitrary, JAKARTA, RANGE_END_MS, RANGE_START_MS } from "@/lib/sla/test-support";

const closingTime = (calendar: WorkCalendar) =>
  `${String(Math.floor(calendar.closesAtMinutes / 60)).padStart(2, "0")}:${String(calendar.closesAtMinutes % 60).padStart(2, "0")}`;

/** Submissions early enough that 60 working days still end inside the generated holiday range. */
const submissionArbitrary = instantArbitrary(RANGE_START_MS, RANGE_END_MS - 200 * 86_400_000);
const allowanceArbitrary = fc.integer({ min: 1, max: 60 });

describe("due moment properties", () => {
  it("grows by exactly one office day of working time per extra day of allowance", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, allowanceArbitrary, (calendar, submittedAt, days) => {
        const due = dueMoment(calendar, submittedAt, days);
        const dueNext = dueMoment(calendar, submittedAt, days + 1);
        expect(dueNext.getTime()).toBeGreaterThan(due.getTime());
        expect(workingMsBetween(calendar, due, dueNext)).toBe(officeDayMs(calendar));
      }),
    );
  });

  it("always lands at office close on a working day", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, allowanceArbitrary, (calendar, submittedAt, days) => {
        const { date, time } = localDateTimeOf(calendar, dueMoment(calendar, submittedAt, days));
        expect(isWorkingDay(calendar, date)).toBe(true);
        expect(time).toBe(closingTime(calendar));
      }),
    );
  });

  it("holds between N-1 and N office days of working time after submission", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, allowanceArbitrary, (calendar, submittedAt, days) => {
        const allowance = workingMsBetween(calendar, submittedAt, dueMoment(calendar, submittedAt, days));
        expect(allowance).toBeGreaterThan((days - 1) * officeDayMs(calendar));
        expect(allowance).toBeLessThanOrEqual(days * officeDayMs(calendar));
      }),
    );
  });

  it("never moves earlier when a holiday is added", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        submissionArbitrary,
        allowanceArbitrary,
        fc.integer({ min: 0, max: 400 }),
        (calendar, submittedAt, days, extraDayOffset) => {
          const extra = new Date(submittedAt.getTime() + extraDayOffset * 86_400_000).toISOString().slice(0, 10);
          const withExtra: WorkCalendar = { ...calendar, nonWorkingDates: new Set([...calendar.nonWorkingDates, extra]) };
          const before = dueMoment(calendar, submittedAt, days).getTime();
          expect(dueMoment(withExtra, submittedAt, days).getTime()).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});

describe("clock start properties", () => {
  it("starts inside office hours of a working day, with no working time skipped", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, (calendar, submittedAt) => {
        const start = clockStart(calendar, submittedAt);
        expect(start.getTime()).toBeGreaterThanOrEqual(submittedAt.getTime());
        expect(workingMsBetween(calendar, submittedAt, start)).toBe(0);
        expect(isWorkingDay(calendar, localDateTimeOf(calendar, start).date)).toBe(true);
        // Inside office hours: the next working millisecond follows immediately.
        expect(workingMsBetween(calendar, start, new Date(start.getTime() + 1))).toBe(1);
      }),
    );
  });
});

describe("working time properties", () => {
  const workingMsArbitrary = fc.oneof(
    fc.integer({ min: 0, max: 60 * 24 * 3_600_000 }),
    fc.integer({ min: 0, max: 60 }).map((quarters) => quarters * 15 * 60_000),
  );

  it("measures back what was added, from inside office hours", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, workingMsArbitrary, (calendar, instant, ms) => {
        const start = clockStart(calendar, instant);
        expect(workingMsBetween(calendar, start, addWorkingMs(calendar, start, ms))).toBe(ms);
      }),
    );
  });

  it("measures back what was added, from any instant, and ends at the earliest such instant", () => {
    fc.assert(
      fc.property(calendarArbitrary, submissionArbitrary, workingMsArbitrary, (calendar, start, ms) => {
        const end = addWorkingMs(calendar, start, ms);
        expect(workingMsBetween(calendar, start, end)).toBe(ms);
        if (ms > 0) expect(workingMsBetween(calendar, start, new Date(end.getTime() - 1))).toBe(ms - 1);
      }),
    );
  });

  it("adds up over consecutive intervals", () => {
    fc.assert(
      fc.property(calendarArbitrary, fc.array(instantArbitrary(), { minLength: 3, maxLength: 3 }), (calendar, instants) => {
        const [a, b, c] = instants.sort((x, y) => x.getTime() - y.getTime()) as [Date, Date, Date];
        expect(workingMsBetween(calendar, a, c)).toBe(workingMsBetween(calendar, a, b) + workingMsBetween(calendar, b, c));
      }),
    );
  });
});

describe("stored due moment properties", () => {
  it("extends by exactly the working time of a pause that began before the due moment", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        submissionArbitrary,
        allowanceArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        (calendar, submittedAt, days, startFraction, length) => {
          const due = dueMoment(calendar, submittedAt, days);
          const span = due.getTime() - submittedAt.getTime();
          const startedAt = new Date(submittedAt.getTime() + Math.floor(startFraction * (span - 1)));
          const endedAt = new Date(startedAt.getTime() + length);
          const extended = computeDueAt(calendar, { submittedAt, workingDays: days, pauses: [{ startedAt, endedAt }] });
          expect(workingMsBetween(calendar, due, extended)).toBe(workingMsBetween(calendar, startedAt, endedAt));
        },
      ),
    );
  });

  it("never returns less than the previous due moment or the plain due moment", () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        submissionArbitrary,
        allowanceArbitrary,
        fc.option(instantArbitrary(), { nil: null }),
        (calendar, submittedAt, days, previousDueAt) => {
          const result = computeDueAt(calendar, { submittedAt, workingDays: days, pauses: [], previousDueAt });
          expect(result.getTime()).toBeGreaterThanOrEqual(dueMoment(calendar, submittedAt, days).getTime());
          if (previousDueAt) expect(result.getTime()).toBeGreaterThanOrEqual(previousDueAt.getTime());
        },
      ),
    );
  });
});

describe("status properties", () => {
  const rank: Record<SlaStatus, number> = { ON_TRACK: 0, AT_RISK: 1, BREACHED: 2, MET: -1, MISSED: -1 };
  const calendar = buildWorkCalendar(JAKARTA, []);

  it("only ever moves forward from ON_TRACK to AT_RISK to BREACHED as time passes", () => {
    fc.assert(
      fc.property(submissionArbitrary, allowanceArbitrary, fc.array(instantArbitrary(), { minLength: 2, maxLength: 2 }), (submittedAt, days, nows) => {
        const dueAt = dueMoment(calendar, submittedAt, days);
        const [earlier, later] = nows.sort((x, y) => x.getTime() - y.getTime()) as [Date, Date];
        const first = slaStatus(calendar, { startedAt: submittedAt, dueAt, now: earlier });
        const second = slaStatus(calendar, { startedAt: submittedAt, dueAt, now: later });
        expect(rank[second]).toBeGreaterThanOrEqual(rank[first]);
      }),
    );
  });
});
