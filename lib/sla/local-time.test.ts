import { describe, expect, it } from "vitest";
import {
  assertTimeZone,
  dayOfLocalDate,
  instantOfLocal,
  isValidLocalDate,
  localDateOfDay,
  toLocalParts,
  utcOffsetMs,
  weekdayOfDay,
} from "@/lib/sla/local-time";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const day = (date: string) => dayOfLocalDate(date) as number;
const utc = (iso: string) => new Date(iso).getTime();

describe("local calendar dates", () => {
  it("accepts real dates only, leap days included", () => {
    expect(isValidLocalDate("2028-02-29")).toBe(true);
    expect(isValidLocalDate("2026-02-29")).toBe(false);
    expect(isValidLocalDate("2026-04-31")).toBe(false);
    expect(isValidLocalDate("2026-4-3")).toBe(false);
    expect(isValidLocalDate("2026-04-03T00:00")).toBe(false);
  });

  it("round-trips day numbers and knows the weekday", () => {
    expect(localDateOfDay(day("2026-12-31") + 1)).toBe("2027-01-01");
    expect(weekdayOfDay(day("2026-03-02"))).toBe(1); // Monday
    expect(weekdayOfDay(day("2026-03-08"))).toBe(0); // Sunday
    expect(weekdayOfDay(day("1969-12-31"))).toBe(3); // Wednesday, before day 0
  });
});

describe("zone offsets from Intl", () => {
  it("gives WIB, WITA and WIT their offsets", () => {
    const instant = utc("2026-06-01T00:00:00Z");
    expect(utcOffsetMs("Asia/Jakarta", instant)).toBe(7 * HOUR);
    expect(utcOffsetMs("Asia/Makassar", instant)).toBe(8 * HOUR);
    expect(utcOffsetMs("Asia/Jayapura", instant)).toBe(9 * HOUR);
  });

  it("converts both ways", () => {
    expect(toLocalParts("Asia/Jayapura", utc("2026-03-02T16:30:00Z"))).toEqual({
      day: day("2026-03-03"),
      msOfDay: 90 * MINUTE,
    });
    expect(instantOfLocal("Asia/Makassar", day("2026-03-02"), 16 * HOUR)).toBe(utc("2026-03-02T08:00:00Z"));
  });

  it("follows a transition in the middle of a UTC hour (Jakarta, 1 January 1964)", () => {
    // +07:30 until 1963-12-31 16:30 UTC, +07:00 after: the hour cache must not blur the two.
    expect(utcOffsetMs("Asia/Jakarta", utc("1963-12-31T16:29:59Z"))).toBe(7.5 * HOUR);
    expect(utcOffsetMs("Asia/Jakarta", utc("1963-12-31T16:30:00Z"))).toBe(7 * HOUR);
    expect(utcOffsetMs("Asia/Jakarta", utc("1963-12-31T16:10:00Z"))).toBe(7.5 * HOUR);
  });

  it("handles a zone with daylight saving time", () => {
    expect(toLocalParts("Europe/Berlin", utc("2026-03-29T00:59:00Z")).msOfDay).toBe(HOUR + 59 * MINUTE);
    expect(toLocalParts("Europe/Berlin", utc("2026-03-29T01:00:00Z")).msOfDay).toBe(3 * HOUR);
    expect(instantOfLocal("Europe/Berlin", day("2026-03-29"), 12 * HOUR)).toBe(utc("2026-03-29T10:00:00Z"));
    expect(instantOfLocal("Europe/Berlin", day("2026-03-28"), 12 * HOUR)).toBe(utc("2026-03-28T11:00:00Z"));
  });

  it("rejects an unknown zone", () => {
    expect(() => assertTimeZone("Asia/Batavia-Old")).toThrow(RangeError);
  });
});
