/**
 * Wall-clock arithmetic in an IANA time zone, on plain numbers.
 *
 * A local calendar date is handled as a "day number" (days since 1970-01-01)
 * so the clock can step through days without string parsing, and converted to
 * "YYYY-MM-DD" only where a person or the holiday set needs it. Offsets come
 * from Intl, never from a table of our own, so a zone that changes its rules
 * is followed by updating the runtime's time zone data.
 */

/** A calendar date as "YYYY-MM-DD" (in whatever zone the caller means). */
export type LocalDate = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers want to hear.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      // h23: some engines print midnight as "24" with hour12:false.
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError unless the runtime knows the zone. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

function offsetFromIntl(timeZone: string, epochMs: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    const value = Number(part.value);
    if (part.type === "year") year = value;
    else if (part.type === "month") month = value;
    else if (part.type === "day") day = value;
    else if (part.type === "hour") hour = value;
    else if (part.type === "minute") minute = value;
    else if (part.type === "second") second = value;
  }
  // Intl prints whole seconds, so compare against the instant truncated the same way.
  const wholeSecond = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
}

/**
 * Offsets per zone per UTC hour. An hour is cached only when its first and
 * last second agree (no transition inside it; tz data never puts two
 * transitions within one hour), so a cached value is always the true offset.
 * Clearing when large bounds memory without changing any result.
 */
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 200_000;

/** Milliseconds to add to a UTC instant to get the zone's wall-clock time. */
export function utcOffsetMs(timeZone: string, epochMs: number): number {
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  const cached = zoneCache.get(hour);
  if (cached !== undefined) return cached;
  const atStart = offsetFromIntl(timeZone, hour * MS_PER_HOUR);
  const atEnd = offsetFromIntl(timeZone, hour * MS_PER_HOUR + MS_PER_HOUR - 1000);
  if (atStart !== atEnd) return offsetFromIntl(timeZone, epochMs);
  if (zoneCache.size >= OFFSET_CACHE_LIMIT) zoneCache.clear();
  zoneCache.set(hour, atStart);
  return atStart;
}

export type LocalParts = { day: number; msOfDay: number };

/** The zone's calendar day number and time of day (ms since local midnight) at an instant. */
export function toLocalParts(timeZone: string, epochMs: number): LocalParts {
  const local = epochMs + utcOffsetMs(timeZone, epochMs);
  const day = Math.floor(local / MS_PER_DAY);
  return { day, msOfDay: local - day * MS_PER_DAY };
}

/**
 * The instant at which the zone's clock shows `msOfDay` on `day`. Solved in
 * two steps because the offset depends on the instant being solved for; for a
 * wall time skipped or repeated by a transition (none in Indonesia's zones)
 * it returns one of the nearby instants rather than failing.
 */
export function instantOfLocal(timeZone: string, day: number, msOfDay: number): number {
  const local = day * MS_PER_DAY + msOfDay;
  const firstGuess = local - utcOffsetMs(timeZone, local);
  return local - utcOffsetMs(timeZone, firstGuess);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function localDateOfDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a "YYYY-MM-DD" date, or null when it is not a real calendar date. */
export function dayOfLocalDate(date: string): number | null {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const epochMs = Date.UTC(year, month - 1, day);
  const check = new Date(epochMs);
  // Date.UTC rolls 2026-02-30 over to March; a round trip exposes it.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return epochMs / MS_PER_DAY;
}

export function isValidLocalDate(date: string): boolean {
  return dayOfLocalDate(date) !== null;
}
