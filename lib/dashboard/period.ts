/**
 * The period a dashboard shows: a month, a quarter (triwulan), a year or a
 * custom range of local dates. Every figure is counted on the local calendar
 * day of the agency it belongs to, so a period is a pair of local dates, not
 * of instants. Pure: "today" is an argument.
 */

/** A calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

export const PERIOD_KINDS = ["bulan", "triwulan", "tahun", "rentang"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  kind: PeriodKind;
  from: LocalDate;
  to: LocalDate;
  /** The query parameters that select this period again (stable URLs, download links). */
  query: Record<string, string>;
};

export type Granularity = "day" | "week" | "month";

const DAY_MS = 86_400_000;
/** A custom range longer than this is refused: the rollups are daily and a chart of thousands of points says nothing. */
export const MAX_RANGE_DAYS = 3 * 366;
const EARLIEST_YEAR = 2000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const dayNumber = (date: LocalDate) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dateOfDayNumber = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: LocalDate, days: number) => dateOfDayNumber(dayNumber(date) + days);
export const daysInclusive = (from: LocalDate, to: LocalDate) => dayNumber(to) - dayNumber(from) + 1;
const minDate = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

export function monthStart(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: LocalDate): LocalDate {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function nextMonthStart(date: LocalDate): LocalDate {
  return addDays(monthEnd(date), 1);
}

/** Monday of the week the date falls in. */
export function weekStart(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export type PeriodChoice = { period: Period; invalid: boolean };

/**
 * Reads `periode` and its companion parameter (`bulan=2026-11`,
 * `triwulan=2026-4`, `tahun=2026`, `dari`/`sampai`). A period that has not
 * ended yet stops at today. Anything unreadable falls back to this year, and
 * says so (`invalid`), so a mistyped link never shows an error page.
 */
export function parsePeriod(params: SearchParams, today: LocalDate): PeriodChoice {
  const kind = first(params.periode);
  const year = today.slice(0, 4);
  const fallback = (): PeriodChoice => ({ period: yearPeriod(year, today), invalid: kind !== "" });
  if (kind === "") return { period: yearPeriod(year, today), invalid: false };
  if (kind === "tahun") {
    const value = first(params.tahun);
    if (!/^\d{4}$/.test(value) || Number(value) < EARLIEST_YEAR || value > year) return fallback();
    return { period: yearPeriod(value, today), invalid: false };
  }
  if (kind === "bulan") {
    const value = first(params.bulan);
    if (!/^\d{4}-\d{2}$/.test(value) || !isLocalDate(`${value}-01`) || Number(value.slice(0, 4)) < EARLIEST_YEAR) return fallback();
    const from = `${value}-01`;
    if (from > today) return fallback();
    return { period: { kind, from, to: minDate(monthEnd(from), today), query: { periode: kind, bulan: value } }, invalid: false };
  }
  if (kind === "triwulan") {
    const match = /^(\d{4})-([1-4])$/.exec(first(params.triwulan));
    if (!match || Number(match[1]) < EARLIEST_YEAR) return fallback();
    const from = `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
    if (from > today) return fallback();
    const to = monthEnd(`${match[1]}-${String(Number(match[2]) * 3).padStart(2, "0")}-01`);
    return { period: { kind, from, to: minDate(to, today), query: { periode: kind, triwulan: `${match[1]}-${match[2]}` } }, invalid: false };
  }
  if (kind === "rentang") {
    const from = first(params.dari);
    const to = first(params.sampai);
    if (!isLocalDate(from) || !isLocalDate(to) || from > to || from < `${EARLIEST_YEAR}-01-01`) return fallback();
    if (daysInclusive(from, to) > MAX_RANGE_DAYS) return fallback();
    return { period: { kind, from, to, query: { periode: kind, dari: from, sampai: to } }, invalid: false };
  }
  return fallback();
}

function yearPeriod(year: string, today: LocalDate): Period {
  const from = `${year}-01-01`;
  return { kind: "tahun", from, to: minDate(`${year}-12-31`, today), query: { periode: "tahun", tahun: year } };
}

/** Points on a trend chart: days for about a month, weeks for about a quarter, months beyond. */
export function granularityOf(period: { from: LocalDate; to: LocalDate }): Granularity {
  const days = daysInclusive(period.from, period.to);
  if (days <= 45) return "day";
  if (days <= 200) return "week";
  return "month";
}

export type TrendBucket = { start: LocalDate; end: LocalDate };

/** The trend's points, each clipped to the period. */
export function trendBuckets(period: { from: LocalDate; to: LocalDate }, granularity: Granularity): TrendBucket[] {
  const buckets: TrendBucket[] = [];
  let start = period.from;
  while (start <= period.to) {
    const naturalEnd = granularity === "day" ? start : granularity === "week" ? addDays(weekStart(start), 6) : monthEnd(start);
    const end = minDate(naturalEnd, period.to);
    buckets.push({ start, end });
    start = addDays(end, 1);
  }
  return buckets;
}

/** The bucket a day belongs to, by its start. */
export function bucketStartOf(date: LocalDate, granularity: Granularity, period: { from: LocalDate }): LocalDate {
  const natural = granularity === "day" ? date : granularity === "week" ? weekStart(date) : monthStart(date);
  return natural < period.from ? period.from : natural;
}

/**
 * How a range is read from the two-level histograms: whole months from the
 * monthly rows, the days of a month only partly inside from the daily rows.
 */
export function splitIntoMonthsAndDays(from: LocalDate, to: LocalDate): { months: [LocalDate, LocalDate] | null; days: [LocalDate, LocalDate][] } {
  const firstFull = from === monthStart(from) ? from : nextMonthStart(from);
  const lastFull = to === monthEnd(to) ? monthStart(to) : monthStart(addDays(monthStart(to), -1));
  if (lastFull < firstFull) return { months: null, days: [[from, to]] };
  const days: [LocalDate, LocalDate][] = [];
  if (from < firstFull) days.push([from, addDays(firstFull, -1)]);
  const afterFull = nextMonthStart(lastFull);
  if (afterFull <= to) days.push([afterFull, to]);
  return { months: [firstFull, lastFull], days };
}
