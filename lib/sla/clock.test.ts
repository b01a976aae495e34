import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "@/lib/sla/calendar";
import { addWorkingMs, clockStart, computeDueAt, dueMoment, workingMsBetween } from "@/lib/sla/clock";
import { BALI, calendarOf, holidayRecords, HOUR, JAKARTA, JAYAPURA, MINUTE, OFFICE_DAY, seedHolidaySpecs, wib, wit, wita } from "@/lib/sla/test-support";

// 2026-03-02 is a Monday. `plain` has weekends only; `seeded` has the real 2026 calendar.
const plain = calendarOf(JAKARTA);
const seeded = calendarOf(JAKARTA, seedHolidaySpecs());

describe("when the clock starts", () => {
  it.each([
    ["inside office hours: at once", "2026-03-02 10:00", "2026-03-02 10:00"],
    ["at 15:59: at once", "2026-03-02 15:59", "2026-03-02 15:59"],
    ["before 07:30: at that day's opening", "2026-03-02 06:00", "2026-03-02 07:30"],
    ["at 16:00 exactly: next working day", "2026-03-02 16:00", "2026-03-03 07:30"],
    ["at 23:59: next working day", "2026-03-02 23:59", "2026-03-03 07:30"],
    ["Friday after close: Monday", "2026-03-06 16:00", "2026-03-09 07:30"],
    ["on a Saturday: Monday", "2026-03-07 11:00", "2026-03-09 07:30"],
  ])("%s", (_case, submitted, expected) => {
    expect(clockStart(plain, wib(submitted))).toEqual(wib(expected));
  });

  it("on a holiday: the next working day", () => {
    expect(clockStart(seeded, wib("2026-08-17 09:00"))).toEqual(wib("2026-08-18 07:30"));
  });
});

describe("the due moment is office close of the Nth working day", () => {
  it.each([
    ["15:59 Monday, 1 day: the same afternoon", "2026-03-02 15:59", 1, "2026-03-02 16:00"],
    ["16:00 Monday, 1 day: Tuesday", "2026-03-02 16:00", 1, "2026-03-03 16:00"],
    ["23:59 Monday, 1 day: Tuesday", "2026-03-02 23:59", 1, "2026-03-03 16:00"],
    ["06:00 Monday, 1 day: Monday counts", "2026-03-02 06:00", 1, "2026-03-02 16:00"],
    ["Saturday, 1 day: Monday", "2026-03-07 10:00", 1, "2026-03-09 16:00"],
    ["Thursday, 3 days: over the weekend", "2026-03-05 10:00", 3, "2026-03-09 16:00"],
    ["Monday, 5 days: Friday", "2026-03-02 10:00", 5, "2026-03-06 16:00"],
    ["Monday, 10 days: two weeks", "2026-03-02 10:00", 10, "2026-03-13 16:00"],
  ])("%s", (_case, submitted, days, expected) => {
    expect(dueMoment(plain, wib(submitted), days)).toEqual(wib(expected));
  });

  it("skips a national holiday (Good Friday)", () => {
    // Wed 1 Apr, Thu 2 Apr, (Fri 3 Apr Good Friday, weekend), Mon 6 Apr.
    expect(dueMoment(seeded, wib("2026-04-01 10:00"), 3)).toEqual(wib("2026-04-06 16:00"));
  });

  it("skips cuti bersama around Idulfitri", () => {
    // Tue 17 Mar, then 18 (cuti), 19 (Nyepi), 20 (cuti), weekend, 23 and 24 (cuti): Wed 25 Mar.
    expect(dueMoment(seeded, wib("2026-03-17 10:00"), 2)).toEqual(wib("2026-03-25 16:00"));
  });

  it("starts the day after a holiday submission", () => {
    expect(dueMoment(seeded, wib("2026-08-17 10:00"), 1)).toEqual(wib("2026-08-18 16:00"));
  });

  it("crosses Christmas and the year end into 2027", () => {
    // Wed 30 Dec, Thu 31 Dec, (Fri 1 Jan 2027 New Year, weekend), Mon 4 Jan 2027.
    expect(dueMoment(seeded, wib("2026-12-30 10:00"), 3)).toEqual(wib("2027-01-04 16:00"));
    // Wed 23 Dec, (24 cuti bersama, 25 Christmas, weekend), Mon 28 Dec.
    expect(dueMoment(seeded, wib("2026-12-23 10:00"), 2)).toEqual(wib("2026-12-28 16:00"));
  });

  it("gives the same UTC instant different due moments in WIB, WITA and WIT", () => {
    const submitted = new Date("2026-03-02T08:30:00Z"); // 15:30 WIB, 16:30 WITA, 17:30 WIT
    expect(dueMoment(calendarOf(JAKARTA), submitted, 1)).toEqual(wib("2026-03-02 16:00"));
    expect(dueMoment(calendarOf(BALI), submitted, 1)).toEqual(wita("2026-03-03 16:00"));
    expect(dueMoment(calendarOf(JAYAPURA), submitted, 1)).toEqual(wit("2026-03-03 16:00"));
    expect(dueMoment(calendarOf(JAYAPURA), submitted, 1).toISOString()).toBe("2026-03-03T07:00:00.000Z");
  });

  it("applies Nyepi as a regional holiday to a Bali agency only", () => {
    const nyepi = [{ date: "2026-03-19", regionCode: "51" }];
    expect(dueMoment(calendarOf(BALI, nyepi), wita("2026-03-18 10:00"), 2)).toEqual(wita("2026-03-20 16:00"));
    expect(dueMoment(calendarOf(JAKARTA, nyepi), wib("2026-03-18 10:00"), 2)).toEqual(wib("2026-03-19 16:00"));
  });

  it("follows the agency's own closing time", () => {
    const early = calendarOf({ ...JAKARTA, officeOpens: "08:00", officeCloses: "15:00" });
    expect(dueMoment(early, wib("2026-03-02 15:00"), 1)).toEqual(wib("2026-03-03 15:00"));
    expect(clockStart(early, wib("2026-03-02 07:45"))).toEqual(wib("2026-03-02 08:00"));
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses an allowance of %s working days", (days) => {
    expect(() => dueMoment(plain, wib("2026-03-02 10:00"), days)).toThrow(RangeError);
  });

  it("refuses an invalid submission time", () => {
    expect(() => dueMoment(plain, new Date("not a date"), 1)).toThrow(RangeError);
  });
});

describe("working time between two instants", () => {
  it.each([
    ["within one morning", "2026-03-02 10:00", "2026-03-02 12:00", 2 * HOUR],
    ["overnight", "2026-03-02 15:00", "2026-03-03 08:30", 2 * HOUR],
    ["over a weekend", "2026-03-06 15:00", "2026-03-09 08:30", 2 * HOUR],
    ["outside hours only", "2026-03-02 16:00", "2026-03-03 07:30", 0],
    ["a whole week, midnight to midnight", "2026-03-02 00:00", "2026-03-09 00:00", 5 * OFFICE_DAY],
    ["backwards", "2026-03-02 12:00", "2026-03-02 10:00", 0],
  ])("%s", (_case, from, to, expected) => {
    expect(workingMsBetween(plain, wib(from), wib(to))).toBe(expected);
  });

  it("counts nothing on a holiday", () => {
    expect(workingMsBetween(seeded, wib("2026-04-02 15:00"), wib("2026-04-06 08:30"))).toBe(2 * HOUR);
  });
});

describe("adding working time", () => {
  it.each([
    ["nothing", "2026-03-02 10:00", 0, "2026-03-02 10:00"],
    ["within the day", "2026-03-02 10:00", 3 * HOUR, "2026-03-02 13:00"],
    ["up to close exactly: ends at close", "2026-03-02 10:00", 6 * HOUR, "2026-03-02 16:00"],
    ["past close: into the next morning", "2026-03-02 15:00", 2 * HOUR, "2026-03-03 08:30"],
    ["over a weekend", "2026-03-06 15:00", 2 * HOUR, "2026-03-09 08:30"],
    ["one office day from a close: the next close", "2026-03-06 16:00", OFFICE_DAY, "2026-03-09 16:00"],
    ["from a Saturday", "2026-03-07 12:00", HOUR, "2026-03-09 08:30"],
  ])("%s", (_case, from, ms, expected) => {
    expect(addWorkingMs(plain, wib(from), ms)).toEqual(wib(expected));
  });

  it("refuses negative working time", () => {
    expect(() => addWorkingMs(plain, wib("2026-03-02 10:00"), -1)).toThrow(RangeError);
  });
});

describe("the stored due moment (pauses and holiday changes)", () => {
  const submittedAt = wib("2026-03-02 10:00"); // 5 days: due Fri 6 Mar 16:00

  it("equals the plain due moment without pauses", () => {
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses: [] })).toEqual(wib("2026-03-06 16:00"));
  });

  it("extends by the working time of a pause spanning a weekend", () => {
    // Fri 14:00–16:00 and Mon 07:30–09:30: 4 working hours.
    const pauses = [{ startedAt: wib("2026-03-06 14:00"), endedAt: wib("2026-03-09 09:30") }];
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-09 11:30"));
  });

  it("extends by the working time of a pause spanning a holiday", () => {
    // Thursday 5 March off: Wed 12:00–16:00 and Fri 07:30–12:00 make one office day.
    const calendar = calendarOf(JAKARTA, ["2026-03-05"]);
    const base = dueMoment(calendar, submittedAt, 5);
    expect(base).toEqual(wib("2026-03-09 16:00"));
    const pauses = [{ startedAt: wib("2026-03-04 12:00"), endedAt: wib("2026-03-06 12:00") }];
    expect(computeDueAt(calendar, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-10 16:00"));
  });

  it("does not extend for a pause that is still open", () => {
    const pauses = [{ startedAt: wib("2026-03-03 10:00"), endedAt: null }];
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-06 16:00"));
  });

  it("counts overlapping pause records once", () => {
    const pauses = [
      { startedAt: wib("2026-03-03 10:00"), endedAt: wib("2026-03-03 12:00") },
      { startedAt: wib("2026-03-03 11:00"), endedAt: wib("2026-03-03 13:00") },
    ];
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-09 10:30"));
  });

  it("counts a pause that began before the due moment in full, even if it ended after", () => {
    const pauses = [{ startedAt: wib("2026-03-06 15:00"), endedAt: wib("2026-03-09 10:00") }];
    // Fri 15:00–16:00 plus Mon 07:30–10:00: 3.5 hours after Friday's close.
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-09 11:00"));
  });

  it("does not revive a deadline that had already run out when the pause began", () => {
    const pauses = [{ startedAt: wib("2026-03-09 09:00"), endedAt: wib("2026-03-11 09:00") }];
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-06 16:00"));
  });

  it("is extended by a holiday added mid-clock", () => {
    const stored = computeDueAt(plain, { submittedAt, workingDays: 5, pauses: [] });
    const withHoliday = calendarOf(JAKARTA, ["2026-03-04"]);
    const recomputed = computeDueAt(withHoliday, { submittedAt, workingDays: 5, pauses: [], previousDueAt: stored });
    expect(recomputed).toEqual(wib("2026-03-09 16:00"));
  });

  it("is not shortened when a holiday is removed, and the old calendar can be rebuilt", () => {
    const removedAt = wib("2026-03-03 09:00");
    const records = holidayRecords([{ date: "2026-03-04", removedAt }]);
    const asSubmitted = buildWorkCalendar(JAKARTA, records, { asOf: submittedAt });
    const stored = computeDueAt(asSubmitted, { submittedAt, workingDays: 5, pauses: [] });
    expect(stored).toEqual(wib("2026-03-09 16:00"));

    const current = buildWorkCalendar(JAKARTA, records);
    expect(computeDueAt(current, { submittedAt, workingDays: 5, pauses: [] })).toEqual(wib("2026-03-06 16:00"));
    const recomputed = computeDueAt(current, { submittedAt, workingDays: 5, pauses: [], previousDueAt: stored });
    expect(recomputed).toEqual(stored);
  });

  it("ignores an earlier previous due moment", () => {
    const previousDueAt = wib("2026-03-05 16:00");
    const recomputed = computeDueAt(plain, { submittedAt, workingDays: 5, pauses: [], previousDueAt });
    expect(recomputed).toEqual(wib("2026-03-06 16:00"));
  });

  it("keeps minute precision through a pause", () => {
    const pauses = [{ startedAt: wib("2026-03-03 10:00"), endedAt: new Date(wib("2026-03-03 10:00").getTime() + 7 * MINUTE) }];
    expect(computeDueAt(plain, { submittedAt, workingDays: 5, pauses })).toEqual(wib("2026-03-09 07:37"));
  });
});
