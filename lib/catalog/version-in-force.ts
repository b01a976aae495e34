import { localDateOfDay, toLocalParts } from "@/lib/sla/local-time";

/** What deciding "which version applies" needs of a published standard version. */
export type DatedVersion = { version: number; effectiveFrom: Date };

export type VersionsInForce<V extends DatedVersion> = {
  /** The version that applies at the instant: new applications start on it. Null before the first one takes effect. */
  current: V | null;
  /** Versions that will take effect later, soonest first; a version superseded before its date never appears. */
  upcoming: V[];
};

/** An effective date is a @db.Date column: midnight UTC of its calendar date. */
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

/** The calendar date in the agency's zone at an instant: a version dated today is in force from local midnight. */
export function localDateAt(instant: Date, timeZone: string): string {
  return localDateOfDay(toLocalParts(timeZone, instant.getTime()).day);
}

/**
 * The one rule for which published standard version applies at an instant
 * (PermenPANRB 15/2014: a standard binds from the date its decree sets, not
 * from when it was typed in). On a date, the version in force is the newest
 * (highest number) whose effective date has come; a version published with a
 * future date is scheduled and takes over on that date in the agency's zone.
 * A newer version dated on or before an older one's date supersedes it, so
 * the older one never applies and is not announced as upcoming.
 *
 * Pure: the instant is an argument. Never cache its result beyond a request,
 * since the answer changes at local midnight without any write.
 */
export function versionsInForce<V extends DatedVersion>(versions: readonly V[], instant: Date, timeZone: string): VersionsInForce<V> {
  const today = localDateAt(instant, timeZone);
  const current = inForceOn(versions, today);
  const upcoming = versions
    .filter((candidate) => calendarDate(candidate.effectiveFrom) > today && inForceOn(versions, calendarDate(candidate.effectiveFrom)) === candidate)
    .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  return { current, upcoming };
}

function inForceOn<V extends DatedVersion>(versions: readonly V[], date: string): V | null {
  let found: V | null = null;
  for (const candidate of versions) {
    if (calendarDate(candidate.effectiveFrom) <= date && (found === null || candidate.version > found.version)) found = candidate;
  }
  return found;
}
