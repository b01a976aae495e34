import { isWorkingDayNumber, type WorkCalendar } from "@/lib/sla/calendar";
import { instantOfLocal, MS_PER_MINUTE, toLocalParts } from "@/lib/sla/local-time";

/**
 * Working-day clocks: when the clock starts, when it runs out, how much
 * working time lies between two instants. Working time is office hours
 * (open–close, local) on working days; everything else counts for nothing.
 *
 * Times are plain epoch milliseconds inside and Dates at the edges.
 */

/** A calendar with no working day for this long is a data error, not a deadline. */
const MAX_CONSECUTIVE_NON_WORKING_DAYS = 400;

export type PauseInterval = { startedAt: Date; endedAt: Date | null };

export type DueAtInput = {
  submittedAt: Date;
  workingDays: number;
  pauses: readonly PauseInterval[];
  /** The due moment stored before this recomputation: the result never moves earlier than it. */
  previousDueAt?: Date | null;
};

/**
 * The primitives the due-date rules are written against. The plain ones walk
 * the calendar day by day; the fast evaluator answers the same questions from
 * a precomputed table, so both run the one copy of the rules below.
 */
export type ClockPrimitives = {
  clockStartMs(submittedAtMs: number): number;
  dueMomentMs(submittedAtMs: number, workingDays: number): number;
  workingMsBetween(fromMs: number, toMs: number): number;
  addWorkingMs(fromMs: number, workingMs: number): number;
};

export function requireTime(instant: Date, name: string): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is an invalid Date`);
  return time;
}

export function requireWorkingDays(workingDays: number): void {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`An allowance is a whole number of working days, at least 1 (got ${workingDays})`);
  }
}

function firstWorkingDayFrom(calendar: WorkCalendar, day: number): number {
  for (let candidate = day; candidate < day + MAX_CONSECUTIVE_NON_WORKING_DAYS; candidate++) {
    if (isWorkingDayNumber(calendar, candidate)) return candidate;
  }
  throw new RangeError(`No working day within ${MAX_CONSECUTIVE_NON_WORKING_DAYS} days of the clock`);
}

/** Working day 1 and the instant working time starts to accrue on it. */
function firstClockDay(calendar: WorkCalendar, submittedAtMs: number): { day: number; startMs: number } {
  const opensMs = calendar.opensAtMinutes * MS_PER_MINUTE;
  const closesMs = calendar.closesAtMinutes * MS_PER_MINUTE;
  const { day, msOfDay } = toLocalParts(calendar.timeZone, submittedAtMs);
  if (isWorkingDayNumber(calendar, day) && msOfDay < closesMs) {
    const startMs = msOfDay < opensMs ? instantOfLocal(calendar.timeZone, day, opensMs) : submittedAtMs;
    return { day, startMs };
  }
  const next = firstWorkingDayFrom(calendar, day + 1);
  return { day: next, startMs: instantOfLocal(calendar.timeZone, next, opensMs) };
}

function plainWorkingMsBetween(calendar: WorkCalendar, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  const opensMs = calendar.opensAtMinutes * MS_PER_MINUTE;
  const closesMs = calendar.closesAtMinutes * MS_PER_MINUTE;
  const firstDay = toLocalParts(calendar.timeZone, fromMs).day;
  const lastDay = toLocalParts(calendar.timeZone, toMs).day;
  let total = 0;
  // One day of margin each side keeps the sum right even if a zone's local
  // date ever steps backwards; the clipping below discards what lies outside.
  for (let day = firstDay - 1; day <= lastDay + 1; day++) {
    if (!isWorkingDayNumber(calendar, day)) continue;
    const open = instantOfLocal(calendar.timeZone, day, opensMs);
    const close = instantOfLocal(calendar.timeZone, day, closesMs);
    const overlap = Math.min(close, toMs) - Math.max(open, fromMs);
    if (overlap > 0) total += overlap;
  }
  return total;
}

function plainAddWorkingMs(calendar: WorkCalendar, fromMs: number, workingMs: number): number {
  if (workingMs === 0) return fromMs;
  const opensMs = calendar.opensAtMinutes * MS_PER_MINUTE;
  const closesMs = calendar.closesAtMinutes * MS_PER_MINUTE;
  let remaining = workingMs;
  let day = toLocalParts(calendar.timeZone, fromMs).day - 1;
  for (;;) {
    day = firstWorkingDayFrom(calendar, day);
    const open = instantOfLocal(calendar.timeZone, day, opensMs);
    const close = instantOfLocal(calendar.timeZone, day, closesMs);
    const start = Math.max(open, fromMs);
    if (close > start) {
      // `<=`: time running out exactly at close ends there, not at the next opening.
      if (remaining <= close - start) return start + remaining;
      remaining -= close - start;
    }
    day += 1;
  }
}

export function plainPrimitives(calendar: WorkCalendar): ClockPrimitives {
  return {
    clockStartMs: (submittedAtMs) => firstClockDay(calendar, submittedAtMs).startMs,
    dueMomentMs(submittedAtMs, workingDays) {
      let day = firstClockDay(calendar, submittedAtMs).day;
      for (let counted = 1; counted < workingDays; counted++) day = firstWorkingDayFrom(calendar, day + 1);
      return instantOfLocal(calendar.timeZone, day, calendar.closesAtMinutes * MS_PER_MINUTE);
    },
    workingMsBetween: (fromMs, toMs) => plainWorkingMsBetween(calendar, fromMs, toMs),
    addWorkingMs: (fromMs, workingMs) => plainAddWorkingMs(calendar, fromMs, workingMs),
  };
}

/**
 * Closed pauses, clipped to the running clock, sorted and merged so that
 * overlapping records (a double click, a retried job) are not counted twice.
 */
function mergedPauses(pauses: readonly PauseInterval[], clockStartMs: number): [number, number][] {
  const intervals: [number, number][] = [];
  for (const pause of pauses) {
    if (pause.endedAt === null) continue;
    const start = Math.max(requireTime(pause.startedAt, "pause.startedAt"), clockStartMs);
    const end = requireTime(pause.endedAt, "pause.endedAt");
    if (end > start) intervals.push([start, end]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

/**
 * The rules for a stored deadline, written once against any primitives:
 * - the base due moment is office close of the Nth working day;
 * - each closed pause adds its working time to the due moment, but only a
 *   pause that began while time was left: once the clock has run out, a later
 *   request for correction does not revive the deadline (a breach stands);
 * - an open pause adds nothing yet: the status is frozen at its start instead,
 *   and its time is added when it closes;
 * - the result never moves earlier than `previousDueAt`, so a holiday removed
 *   from the calendar cannot shorten a running deadline.
 */
export function computeDueAtWith(primitives: ClockPrimitives, input: DueAtInput): number {
  const submittedAtMs = requireTime(input.submittedAt, "submittedAt");
  requireWorkingDays(input.workingDays);
  const startMs = primitives.clockStartMs(submittedAtMs);
  let dueMs = primitives.dueMomentMs(submittedAtMs, input.workingDays);
  for (const [pauseStart, pauseEnd] of mergedPauses(input.pauses, startMs)) {
    // Sorted by start and the due only grows while extending, so nothing later qualifies either.
    if (pauseStart >= dueMs) break;
    dueMs = primitives.addWorkingMs(dueMs, primitives.workingMsBetween(pauseStart, pauseEnd));
  }
  const previous = input.previousDueAt ? requireTime(input.previousDueAt, "previousDueAt") : -Infinity;
  return Math.max(dueMs, previous);
}

/**
 * When working time starts to accrue: the submission itself inside office
 * hours on a working day, that day's opening if it came earlier in the day,
 * otherwise the next working day's opening.
 */
export function clockStart(calendar: WorkCalendar, submittedAt: Date): Date {
  return new Date(firstClockDay(calendar, requireTime(submittedAt, "submittedAt")).startMs);
}

/** Office close (local) of the Nth working day, day 1 being the day the clock starts. */
export function dueMoment(calendar: WorkCalendar, submittedAt: Date, workingDays: number): Date {
  requireWorkingDays(workingDays);
  return new Date(plainPrimitives(calendar).dueMomentMs(requireTime(submittedAt, "submittedAt"), workingDays));
}

/** Working milliseconds in [from, to]; 0 when `to` is not after `from`. */
export function workingMsBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  return plainWorkingMsBetween(calendar, requireTime(from, "from"), requireTime(to, "to"));
}

/**
 * The earliest instant at which `workingMs` of working time has passed since
 * `from`. Time that runs out exactly at close ends at close, so a whole
 * number of office days added to a close lands on a later close.
 */
export function addWorkingMs(calendar: WorkCalendar, from: Date, workingMs: number): Date {
  if (!Number.isFinite(workingMs) || workingMs < 0) {
    throw new RangeError(`Working time to add must be a finite, non-negative number (got ${workingMs})`);
  }
  return new Date(plainAddWorkingMs(calendar, requireTime(from, "from"), workingMs));
}

export function computeDueAt(calendar: WorkCalendar, input: DueAtInput): Date {
  return new Date(computeDueAtWith(plainPrimitives(calendar), input));
}
