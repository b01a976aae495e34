import { describe, expect, it } from "vitest";
import { dueMoment } from "@/lib/sla/clock";
import { remainingWholeWorkingDays, remainingWorkingDays, roundUpWorkingDays, slaStatus } from "@/lib/sla/status";
import { calendarOf, JAKARTA, seedHolidaySpecs, wib } from "@/lib/sla/test-support";

const plain = calendarOf(JAKARTA);
const justAfter = (instant: Date) => new Date(instant.getTime() + 1);

describe("status of an open item", () => {
  // Three working days from Monday's opening: due Wed 4 Mar 16:00. 25% of 25.5 h
  // is under one office day, so the one-day threshold decides here.
  const short = { startedAt: wib("2026-03-02 07:30"), dueAt: wib("2026-03-04 16:00") };
  // Eight working days: due Wed 11 Mar 16:00; 25% of 68 h is 17 h, two office days.
  const long = { startedAt: wib("2026-03-02 07:30"), dueAt: wib("2026-03-11 16:00") };

  it("agrees with the due moment the clock computes", () => {
    expect(dueMoment(plain, short.startedAt, 3)).toEqual(short.dueAt);
    expect(dueMoment(plain, long.startedAt, 8)).toEqual(long.dueAt);
  });

  it.each([
    ["at clock start", "2026-03-02 07:30", "ON_TRACK"],
    ["with exactly one office day left (Tuesday close)", "2026-03-03 16:00", "ON_TRACK"],
    ["with exactly one office day left (Wednesday opening)", "2026-03-04 07:30", "ON_TRACK"],
    ["on the last day", "2026-03-04 12:00", "AT_RISK"],
    ["at the due moment itself", "2026-03-04 16:00", "AT_RISK"],
    ["the evening after", "2026-03-04 19:00", "BREACHED"],
  ])("short allowance %s: %s", (_case, now, expected) => {
    expect(slaStatus(plain, { ...short, now: wib(now) })).toBe(expected);
  });

  it("turns AT_RISK 1 ms under one office day, and BREACHED 1 ms after the due moment", () => {
    expect(slaStatus(plain, { ...short, now: justAfter(wib("2026-03-04 07:30")) })).toBe("AT_RISK");
    expect(slaStatus(plain, { ...short, now: justAfter(short.dueAt) })).toBe("BREACHED");
  });

  it.each([
    ["with 25% and one minute left", "2026-03-09 15:59", "ON_TRACK"],
    ["with exactly 25% left", "2026-03-09 16:00", "ON_TRACK"],
    ["with exactly 25% left, next morning", "2026-03-10 07:30", "ON_TRACK"],
    ["with under 25% but over one day left", "2026-03-10 08:00", "AT_RISK"],
  ])("long allowance %s: %s", (_case, now, expected) => {
    expect(slaStatus(plain, { ...long, now: wib(now) })).toBe(expected);
  });

  it("turns AT_RISK 1 ms under 25% of the allowance", () => {
    expect(slaStatus(plain, { ...long, now: justAfter(wib("2026-03-10 07:30")) })).toBe("AT_RISK");
  });

  it("counts working time only: a holiday weekend does not bring the risk forward", () => {
    const seeded = calendarOf(JAKARTA, seedHolidaySpecs());
    // Thu 2 Apr, (Good Friday, weekend), Mon 6 Apr.
    const item = { startedAt: wib("2026-04-02 07:30"), dueAt: dueMoment(seeded, wib("2026-04-02 07:30"), 2) };
    expect(item.dueAt).toEqual(wib("2026-04-06 16:00"));
    expect(slaStatus(seeded, { ...item, now: wib("2026-04-04 12:00") })).toBe("ON_TRACK");
    expect(slaStatus(seeded, { ...item, now: justAfter(wib("2026-04-06 07:30")) })).toBe("AT_RISK");
  });

  it("freezes at the start of an open pause", () => {
    const longAfterDue = wib("2026-03-20 10:00");
    expect(slaStatus(plain, { ...short, now: longAfterDue, pausedSince: wib("2026-03-03 10:00") })).toBe("ON_TRACK");
    expect(slaStatus(plain, { ...short, now: longAfterDue, pausedSince: wib("2026-03-04 12:00") })).toBe("AT_RISK");
    expect(slaStatus(plain, { ...short, now: longAfterDue, pausedSince: justAfter(short.dueAt) })).toBe("BREACHED");
  });

  it("reads the clock at `now` if a pause claims to start in the future", () => {
    const now = wib("2026-03-04 12:00");
    expect(slaStatus(plain, { ...short, now, pausedSince: wib("2026-03-05 10:00") })).toBe("AT_RISK");
  });
});

describe("status of a finished item", () => {
  const item = { startedAt: wib("2026-03-02 07:30"), dueAt: wib("2026-03-04 16:00"), now: wib("2026-04-01 10:00") };

  it("is MET when finished at or before the due moment, whenever it is asked", () => {
    expect(slaStatus(plain, { ...item, finishedAt: wib("2026-03-03 10:00") })).toBe("MET");
    expect(slaStatus(plain, { ...item, finishedAt: item.dueAt })).toBe("MET");
  });

  it("is MISSED when finished 1 ms after the due moment", () => {
    expect(slaStatus(plain, { ...item, finishedAt: justAfter(item.dueAt) })).toBe("MISSED");
  });
});

describe("remaining working days", () => {
  const item = { dueAt: wib("2026-03-04 16:00") };

  it.each([
    ["at the first opening", "2026-03-02 07:30", 3, 3],
    ["before the first opening", "2026-03-02 06:00", 3, 3],
    ["Tuesday at 11:45", "2026-03-03 11:45", 1.5, 2],
    ["at Tuesday's close", "2026-03-03 16:00", 1, 1],
    ["one minute before the due moment", "2026-03-04 15:59", 1 / 510, 1],
    ["at the due moment", "2026-03-04 16:00", 0, 0],
    ["after the due moment", "2026-03-05 09:00", 0, 0],
  ])("%s", (_case, now, fractional, whole) => {
    expect(remainingWorkingDays(plain, { ...item, now: wib(now) })).toBeCloseTo(fractional, 12);
    expect(remainingWholeWorkingDays(plain, { ...item, now: wib(now) })).toBe(whole);
  });

  it("does not count a weekend", () => {
    const dueMonday = { dueAt: wib("2026-03-09 16:00") };
    expect(remainingWorkingDays(plain, { ...dueMonday, now: wib("2026-03-06 16:00") })).toBe(1);
    expect(remainingWorkingDays(plain, { ...dueMonday, now: wib("2026-03-07 10:00") })).toBe(1);
  });

  it("stands still while paused", () => {
    const input = { ...item, now: wib("2026-03-20 10:00"), pausedSince: wib("2026-03-03 11:45") };
    expect(remainingWorkingDays(plain, input)).toBe(1.5);
    expect(remainingWholeWorkingDays(plain, input)).toBe(2);
  });

  it("rounds any started day up, and never below zero", () => {
    expect(roundUpWorkingDays(2)).toBe(2);
    expect(roundUpWorkingDays(2.0001)).toBe(3);
    expect(roundUpWorkingDays(0)).toBe(0);
    expect(roundUpWorkingDays(-0.5)).toBe(0);
  });
});
