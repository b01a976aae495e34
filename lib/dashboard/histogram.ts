/**
 * Durations in working days are kept as histograms of tenths of a working
 * day, so medians and percentiles over any range and scope come from summed
 * bucket counts rather than from every application.
 *
 * The bucket is the duration rounded half up to 0.1 working day. Rounding is
 * monotonic, so the nearest-rank percentile of the buckets is exactly the
 * rounded nearest-rank percentile of the durations themselves: nothing is
 * lost beyond the one decimal the dashboard shows.
 */

export const BUCKETS_PER_DAY = 10;

/** The serviceId of a histogram row that sums every service of its agency (read when not split by service). */
export const AGENCY_LEVEL = "*";

/** Tenths of a working day, rounded half up, from integer milliseconds. */
export function durationBucket(workingMs: number, officeDayMs: number): number {
  if (workingMs <= 0) return 0;
  const ms = Math.round(workingMs);
  // ⌊(10·ms + day/2) / day⌋ without a float division.
  const numerator = 2 * BUCKETS_PER_DAY * ms + officeDayMs;
  const denominator = 2 * officeDayMs;
  return (numerator - (numerator % denominator)) / denominator;
}

export const bucketDays = (bucket: number) => bucket / BUCKETS_PER_DAY;

/**
 * The nearest-rank percentile: the smallest value with at least `percent`% of
 * all values at or below it (rank ⌈p·N/100⌉). The median of an even count is
 * the lower middle value. Null for an empty histogram.
 */
export function percentileBucket(histogram: Iterable<readonly [bucket: number, count: number]>, percent: number): number | null {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) throw new RangeError(`percent must be 1–100, got ${percent}`);
  const entries = [...histogram].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.floor((percent * total + 99) / 100);
  let seen = 0;
  for (const [bucket, count] of entries) {
    seen += count;
    if (seen >= rank) return bucket;
  }
  return entries.at(-1)![0];
}

/** The same percentile over plain values (a test oracle and a fallback for small lists). */
export function percentileOfValues(values: readonly number[], percent: number): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return percentileBucket(counts, percent);
}
