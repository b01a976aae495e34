import { isWorkingDayNumber, officeDayMs, type WorkCalendar } from "@/lib/sla/calendar";
import { computeDueAtWith, plainPrimitives, requireTime, requireWorkingDays, type ClockPrimitives, type DueAtInput } from "@/lib/sla/clock";
import { instantOfLocal, MS_PER_DAY, MS_PER_MINUTE, toLocalParts } from "@/lib/sla/local-time";
import { remainingWorkingDaysWith, roundUpWorkingDays, slaStatusWith, type RemainingInput, type SlaStatus, type SlaStatusInput } from "@/lib/sla/status";

/**
 * The fast path for dashboards and batch jobs: one calendar, many items.
 *
 * Built once, it lists every working day of a date range with its office
 * opening, closing and the working time before it, so "working time up to
 * instant t" is one binary search. The SLA rules themselves are not repeated
 * here: the same `computeDueAtWith` / `slaStatusWith` run on these table
 * lookups, and anything outside the range falls back to the plain day walk,
 * so results are identical to the plain functions everywhere.
 */
export type SlaEvaluator = {
  readonly calendar: WorkCalendar;
  /** Instants in [coversFrom, coversTo] are answered from the table. */
  readonly coversFrom: Date;
  readonly coversTo: Date;
  readonly workingDayCount: number;
  workingMsBetween(from: Date, to: Date): number;
  addWorkingMs(from: Date, workingMs: number): Date;
  clockStart(submittedAt: Date): Date;
  dueMoment(submittedAt: Date, workingDays: number): Date;
  computeDueAt(input: DueAtInput): Date;
  status(input: SlaStatusInput): SlaStatus;
  remainingWorkingDays(input: RemainingInput): number;
  remainingWholeWorkingDays(input: RemainingInput): number;
};

/** Twenty years of days; a wider table is a mistake, not a need. */
const MAX_RANGE_DAYS = 20 * 366;

type DayTable = {
  opens: Float64Array;
  closes: Float64Array;
  /** Working ms in the table before each day's opening. */
  before: Float64Array;
  startMs: number;
  endMs: number;
};

function buildDayTable(calendar: WorkCalendar, fromMs: number, toMs: number): DayTable {
  const firstDay = toLocalParts(calendar.timeZone, fromMs).day;
  const lastDay = toLocalParts(calendar.timeZone, toMs).day;
  if (lastDay < firstDay || lastDay - firstDay > MAX_RANGE_DAYS) {
    throw new RangeError(`An evaluator covers 1 to ${MAX_RANGE_DAYS} days, in order`);
  }
  const opensMs = calendar.opensAtMinutes * MS_PER_MINUTE;
  const closesMs = calendar.closesAtMinutes * MS_PER_MINUTE;
  const opens: number[] = [];
  const closes: number[] = [];
  const before: number[] = [];
  let accrued = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!isWorkingDayNumber(calendar, day)) continue;
    const open = instantOfLocal(calendar.timeZone, day, opensMs);
    const close = instantOfLocal(calendar.timeZone, day, closesMs);
    opens.push(open);
    closes.push(close);
    before.push(accrued);
    accrued += close - open;
  }
  return {
    opens: Float64Array.from(opens),
    closes: Float64Array.from(closes),
    before: Float64Array.from(before),
    startMs: instantOfLocal(calendar.timeZone, firstDay, 0),
    endMs: instantOfLocal(calendar.timeZone, lastDay, MS_PER_DAY),
  };
}

/** Index of the last working day opening at or before t; -1 if none. */
function lastOpeningAtOrBefore(table: DayTable, t: number): number {
  let low = 0;
  let high = table.opens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table.opens[middle]! <= t) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Working ms in the table up to t; valid for t inside the table's span. */
function accruedAt(table: DayTable, t: number): number {
  const index = lastOpeningAtOrBefore(table, t);
  if (index < 0) return 0;
  return table.before[index]! + Math.min(t, table.closes[index]!) - table.opens[index]!;
}

/** Index of the first working day whose close has accrued at least `target`; -1 if beyond the table. */
function firstDayReaching(table: DayTable, target: number): number {
  let low = 0;
  let high = table.opens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table.before[middle]! + table.closes[middle]! - table.opens[middle]! >= target) high = middle;
    else low = middle + 1;
  }
  return low < table.opens.length ? low : -1;
}

function tablePrimitives(table: DayTable, plain: ClockPrimitives): ClockPrimitives {
  const covers = (t: number) => t >= table.startMs && t <= table.endMs;
  const dayCount = table.opens.length;

  /** Working day 1 as a table index, and the instant the clock starts; null outside the table. */
  function firstClockDay(submittedAtMs: number): { index: number; startMs: number } | null {
    if (!covers(submittedAtMs)) return null;
    const index = lastOpeningAtOrBefore(table, submittedAtMs);
    if (index >= 0 && submittedAtMs < table.closes[index]!) return { index, startMs: submittedAtMs };
    if (index + 1 >= dayCount) return null;
    return { index: index + 1, startMs: table.opens[index + 1]! };
  }

  const workingMsBetween = (fromMs: number, toMs: number): number => {
    if (toMs <= fromMs) return 0;
    if (!covers(fromMs) || !covers(toMs)) return plain.workingMsBetween(fromMs, toMs);
    return accruedAt(table, toMs) - accruedAt(table, fromMs);
  };

  return {
    clockStartMs(submittedAtMs) {
      return firstClockDay(submittedAtMs)?.startMs ?? plain.clockStartMs(submittedAtMs);
    },
    dueMomentMs(submittedAtMs, workingDays) {
      const first = firstClockDay(submittedAtMs);
      const lastIndex = first ? first.index + workingDays - 1 : dayCount;
      if (lastIndex >= dayCount) return plain.dueMomentMs(submittedAtMs, workingDays);
      return table.closes[lastIndex]!;
    },
    workingMsBetween,
    addWorkingMs(fromMs, workingMs) {
      if (workingMs === 0) return fromMs;
      if (!covers(fromMs)) return plain.addWorkingMs(fromMs, workingMs);
      const target = accruedAt(table, fromMs) + workingMs;
      const index = firstDayReaching(table, target);
      if (index < 0) return plain.addWorkingMs(fromMs, workingMs);
      return table.opens[index]! + (target - table.before[index]!);
    },
  };
}

export function createSlaEvaluator(calendar: WorkCalendar, range: { from: Date; to: Date }): SlaEvaluator {
  const table = buildDayTable(calendar, requireTime(range.from, "range.from"), requireTime(range.to, "range.to"));
  const primitives = tablePrimitives(table, plainPrimitives(calendar));
  const dayMs = officeDayMs(calendar);
  const remaining = (input: RemainingInput) => remainingWorkingDaysWith(primitives.workingMsBetween, dayMs, input);

  return {
    calendar,
    coversFrom: new Date(table.startMs),
    coversTo: new Date(table.endMs),
    workingDayCount: table.opens.length,
    workingMsBetween: (from, to) => primitives.workingMsBetween(requireTime(from, "from"), requireTime(to, "to")),
    addWorkingMs(from, workingMs) {
      if (!Number.isFinite(workingMs) || workingMs < 0) {
        throw new RangeError(`Working time to add must be a finite, non-negative number (got ${workingMs})`);
      }
      return new Date(primitives.addWorkingMs(requireTime(from, "from"), workingMs));
    },
    clockStart: (submittedAt) => new Date(primitives.clockStartMs(requireTime(submittedAt, "submittedAt"))),
    dueMoment(submittedAt, workingDays) {
      requireWorkingDays(workingDays);
      return new Date(primitives.dueMomentMs(requireTime(submittedAt, "submittedAt"), workingDays));
    },
    computeDueAt: (input) => new Date(computeDueAtWith(primitives, input)),
    status: (input) => slaStatusWith(primitives.workingMsBetween, dayMs, input),
    remainingWorkingDays: remaining,
    remainingWholeWorkingDays: (input) => roundUpWorkingDays(remaining(input)),
  };
}
