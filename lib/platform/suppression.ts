/**
 * Small-count suppression for everything published (DESIGN.md §8): a count
 * of 1–4 is shown as "<5", and a rate, median or index computed from fewer
 * than 5 records is not shown at all, since it could tell something about the
 * one or two people behind it. Zero is shown: it discloses nobody.
 *
 * Supervisors see the exact figures of their agencies; only public views and
 * open data pass through here.
 */
export const SMALL_COUNT_THRESHOLD = 5;
export const SUPPRESSED = "<5" as const;
export type Suppressed = typeof SUPPRESSED;

export type PublishedCount = number | Suppressed;

export function publishCount(count: number, suppress: boolean): PublishedCount {
  return suppress && count > 0 && count < SMALL_COUNT_THRESHOLD ? SUPPRESSED : count;
}

/** A figure derived from `base` records: hidden (null) when that base is small. */
export function publishDerived<T>(value: T | null, base: number, suppress: boolean): T | null {
  if (value === null) return null;
  return suppress && base < SMALL_COUNT_THRESHOLD ? null : value;
}

export const isSuppressed = (value: unknown): value is Suppressed => value === SUPPRESSED;
