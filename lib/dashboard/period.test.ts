import { describe, expect, it } from "vitest";
import { granularityOf, parsePeriod, splitIntoMonthsAndDays, trendBuckets } from "./period";

const TODAY = "2026-11-24";

describe("dashboard periods", () => {
  it("defaults to this year up to today", () => {
    expect(parsePeriod({}, TODAY)).toEqual({
      period: { kind: "tahun", from: "2026-01-01", to: TODAY, query: { periode: "tahun", tahun: "2026" } },
      invalid: false,
    });
  });

  it("reads a month, a quarter, a past year and a custom range", () => {
    expect(parsePeriod({ periode: "bulan", bulan: "2026-02" }, TODAY).period).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(parsePeriod({ periode: "bulan", bulan: "2026-11" }, TODAY).period).toMatchObject({ from: "2026-11-01", to: TODAY });
    expect(parsePeriod({ periode: "triwulan", triwulan: "2026-3" }, TODAY).period).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(parsePeriod({ periode: "tahun", tahun: "2025" }, TODAY).period).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    expect(parsePeriod({ periode: "rentang", dari: "2025-12-15", sampai: "2026-01-10" }, TODAY).period).toMatchObject({
      from: "2025-12-15",
      to: "2026-01-10",
      query: { periode: "rentang", dari: "2025-12-15", sampai: "2026-01-10" },
    });
  });

  it("falls back to this year, and says so, for anything unreadable", () => {
    for (const params of [
      { periode: "bulan", bulan: "2026-13" },
      { periode: "triwulan", triwulan: "2026-5" },
      { periode: "rentang", dari: "2026-02-30", sampai: "2026-03-01" },
      { periode: "rentang", dari: "2026-03-01", sampai: "2026-02-01" },
      { periode: "rentang", dari: "2020-01-01", sampai: "2026-01-01" },
      { periode: "tahun", tahun: "2030" },
      { periode: "minggu" },
    ]) {
      expect(parsePeriod(params, TODAY)).toMatchObject({ invalid: true, period: { kind: "tahun", from: "2026-01-01" } });
    }
  });

  it("picks days, weeks or months for the trend and clips buckets to the period", () => {
    expect(granularityOf({ from: "2026-11-01", to: "2026-11-30" })).toBe("day");
    expect(granularityOf({ from: "2026-07-01", to: "2026-09-30" })).toBe("week");
    expect(granularityOf({ from: "2026-01-01", to: "2026-11-24" })).toBe("month");
    const weeks = trendBuckets({ from: "2026-07-01", to: "2026-07-20" }, "week");
    expect(weeks).toEqual([
      { start: "2026-07-01", end: "2026-07-05" },
      { start: "2026-07-06", end: "2026-07-12" },
      { start: "2026-07-13", end: "2026-07-19" },
      { start: "2026-07-20", end: "2026-07-20" },
    ]);
    expect(trendBuckets({ from: "2026-01-15", to: "2026-03-02" }, "month").map((b) => [b.start, b.end])).toEqual([
      ["2026-01-15", "2026-01-31"],
      ["2026-02-01", "2026-02-28"],
      ["2026-03-01", "2026-03-02"],
    ]);
  });

  it("splits a range into whole months and the days around them", () => {
    expect(splitIntoMonthsAndDays("2026-01-01", "2026-12-31")).toEqual({ months: ["2026-01-01", "2026-12-01"], days: [] });
    expect(splitIntoMonthsAndDays("2025-12-15", "2026-03-10")).toEqual({
      months: ["2026-01-01", "2026-02-01"],
      days: [
        ["2025-12-15", "2025-12-31"],
        ["2026-03-01", "2026-03-10"],
      ],
    });
    expect(splitIntoMonthsAndDays("2026-11-01", "2026-11-24")).toEqual({ months: null, days: [["2026-11-01", "2026-11-24"]] });
    expect(splitIntoMonthsAndDays("2026-02-10", "2026-03-20")).toEqual({ months: null, days: [["2026-02-10", "2026-03-20"]] });
  });
});
