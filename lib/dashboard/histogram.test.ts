import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { durationBucket, percentileBucket, percentileOfValues } from "./histogram";

const DAY = 8.5 * 3_600_000;

describe("duration histograms", () => {
  it("rounds durations half up to tenths of a working day", () => {
    expect(durationBucket(0, DAY)).toBe(0);
    expect(durationBucket(DAY, DAY)).toBe(10);
    expect(durationBucket(DAY * 0.05, DAY)).toBe(1);
    expect(durationBucket(DAY * 0.05 - 1, DAY)).toBe(0);
    expect(durationBucket(DAY * 2.25, DAY)).toBe(23);
  });

  it("takes the nearest-rank percentile: the lower middle value for an even count", () => {
    expect(percentileOfValues([1, 2, 3, 4], 50)).toBe(2);
    expect(percentileOfValues([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentileOfValues([5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 90)).toBe(9);
    expect(percentileOfValues([], 50)).toBeNull();
    expect(
      percentileBucket(
        [
          [30, 4],
          [10, 1],
          [20, 0],
        ],
        50,
      ),
    ).toBe(30);
  });

  it("gives from buckets exactly the rounded percentile of the raw durations", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * DAY }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (durations, percent) => {
        const exact = percentileOfValues(durations, percent)!;
        const buckets = new Map<number, number>();
        for (const ms of durations) buckets.set(durationBucket(ms, DAY), (buckets.get(durationBucket(ms, DAY)) ?? 0) + 1);
        expect(percentileBucket(buckets, percent)).toBe(durationBucket(exact, DAY));
      }),
    );
  });
});
