import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { replicaDb as db } from "@/lib/platform/db";
import { emptyFlowCounts, type FlowCounts } from "./flow-counts";
import { AGENCY_LEVEL, percentileBucket } from "./histogram";
import { BACKLOG_STATUSES, type BacklogStatus } from "./outcomes";
import { splitIntoMonthsAndDays, type Granularity, type LocalDate } from "./period";

/**
 * The dashboard's reads: each one statement over the rollup tables that
 * lib/dashboard/refresh.ts maintains, so its cost depends on the number of
 * days, services and buckets in range, never on the number of applications.
 * bench/dashboard.bench.ts times each of them on a million applications.
 */

/** Which records: all agencies (null) or some, optionally one service. */
export type Scope = { agencyIds: readonly string[] | null; serviceId: string | null };
export type DayRange = { from: LocalDate; to: LocalDate };
/** Rows per agency or per service, or one row for the whole scope (key ""). */
export type GroupBy = "none" | "agency" | "service";

const NOTHING = Prisma.sql`FALSE`;

function scopeCondition(scope: Scope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.agencyIds) {
    if (scope.agencyIds.length === 0) return NOTHING;
    parts.push(Prisma.sql`"agencyId" IN (${Prisma.join([...scope.agencyIds])})`);
  }
  if (scope.serviceId) parts.push(Prisma.sql`"serviceId" = ${scope.serviceId}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

function groupKey(groupBy: GroupBy): Prisma.Sql {
  if (groupBy === "agency") return Prisma.sql`"agencyId"`;
  if (groupBy === "service") return Prisma.sql`"serviceId"`;
  return Prisma.sql`''::text`;
}

const between = (column: string, range: DayRange) => Prisma.sql`${Prisma.raw(`"${column}"`)} BETWEEN ${range.from}::date AND ${range.to}::date`;

export type FlowTotals = FlowCounts & { key: string };

type FlowRow = Omit<FlowTotals, "sums"> & { u1: number; u2: number; u3: number; u4: number; u5: number; u6: number; u7: number; u8: number; u9: number };

const FLOW_SUMS = Prisma.sql`
  SUM("received")::int AS "received", SUM("completed")::int AS "completed", SUM("completedOnTime")::int AS "completedOnTime",
  SUM("rejected")::int AS "rejected", SUM("withdrawn")::int AS "withdrawn", SUM("breaches")::int AS "breaches",
  SUM("surveys")::int AS "surveys",
  SUM("u1Sum")::int AS "u1", SUM("u2Sum")::int AS "u2", SUM("u3Sum")::int AS "u3", SUM("u4Sum")::int AS "u4", SUM("u5Sum")::int AS "u5",
  SUM("u6Sum")::int AS "u6", SUM("u7Sum")::int AS "u7", SUM("u8Sum")::int AS "u8", SUM("u9Sum")::int AS "u9",
  SUM("complaintsReceived")::int AS "complaintsReceived", SUM("complaintsAnswered")::int AS "complaintsAnswered"`;

const toTotals = ({ u1, u2, u3, u4, u5, u6, u7, u8, u9, ...rest }: FlowRow): FlowTotals => ({ ...rest, sums: [u1, u2, u3, u4, u5, u6, u7, u8, u9] });

export const emptyTotals = (key: string): FlowTotals => ({ key, ...emptyFlowCounts() });

export function addFlowTotals(key: string, rows: readonly FlowTotals[]): FlowTotals {
  const total = emptyTotals(key);
  for (const row of rows) {
    total.received += row.received;
    total.completed += row.completed;
    total.completedOnTime += row.completedOnTime;
    total.rejected += row.rejected;
    total.withdrawn += row.withdrawn;
    total.breaches += row.breaches;
    total.surveys += row.surveys;
    total.complaintsReceived += row.complaintsReceived;
    total.complaintsAnswered += row.complaintsAnswered;
    row.sums.forEach((sum, index) => (total.sums[index]! += sum));
  }
  return total;
}

/** Volumes, SLA counts, survey totals and complaint counts of the period, per group. */
export async function flowTotals(scope: Scope, range: DayRange, groupBy: GroupBy): Promise<FlowTotals[]> {
  const key = groupKey(groupBy);
  const rows = await db.$queryRaw<FlowRow[]>`
    SELECT ${key} AS "key", ${FLOW_SUMS}
    FROM "DashboardDaily" WHERE ${between("day", range)} AND ${scopeCondition(scope)}
    GROUP BY 1`;
  return rows.map(toTotals);
}

export type TrendRow = FlowTotals & { start: LocalDate };

/** The same totals per day, week or month of the period (a bucket starting before the period starts at its first day). */
export async function trendTotals(scope: Scope, range: DayRange, granularity: Granularity): Promise<TrendRow[]> {
  const bucket = granularity === "day" ? Prisma.sql`"day"` : Prisma.sql`GREATEST(date_trunc(${granularity}, "day")::date, ${range.from}::date)`;
  const rows = await db.$queryRaw<(FlowRow & { start: Date })[]>`
    SELECT ${bucket} AS "start", '' AS "key", ${FLOW_SUMS}
    FROM "DashboardDaily" WHERE ${between("day", range)} AND ${scopeCondition(scope)}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({ ...toTotals(row), start: row.start.toISOString().slice(0, 10) }));
}

export type DurationStats = { key: string; count: number; medianBucket: number | null; p90Bucket: number | null };
export type Histogram = Map<number, number>;

/**
 * Duration histograms (metric "P" processing time, "C" complaint response
 * time) summed over the range per group: whole months from the monthly rows,
 * the rest from the daily rows.
 */
export async function durationHistograms(metric: "P" | "C", scope: Scope, range: DayRange, groupBy: GroupBy): Promise<Map<string, Histogram>> {
  const { months, days } = splitIntoMonthsAndDays(range.from, range.to);
  const periods = [
    ...(months ? [Prisma.sql`("grain" = 'M' AND "period" BETWEEN ${months[0]}::date AND ${months[1]}::date)`] : []),
    ...days.map(([from, to]) => Prisma.sql`("grain" = 'D' AND "period" BETWEEN ${from}::date AND ${to}::date)`),
  ];
  // Not split by service: the agency-level rows hold the same counts in a fraction of the rows.
  const level = groupBy === "service" || scope.serviceId ? Prisma.sql`"serviceId" <> ${AGENCY_LEVEL}` : Prisma.sql`"serviceId" = ${AGENCY_LEVEL}`;
  const rows = await db.$queryRaw<{ key: string; bucket: number; count: number }[]>`
    SELECT ${groupKey(groupBy)} AS "key", "bucket", SUM("count")::int AS "count"
    FROM "DashboardHistogram"
    WHERE "metric" = ${metric} AND (${Prisma.join(periods, " OR ")}) AND ${level} AND ${scopeCondition(scope)}
    GROUP BY 1, 2`;
  const histograms = new Map<string, Histogram>();
  for (const row of rows) {
    const histogram = histograms.get(row.key) ?? new Map<number, number>();
    histogram.set(row.bucket, (histogram.get(row.bucket) ?? 0) + row.count);
    histograms.set(row.key, histogram);
  }
  return histograms;
}

export function mergeHistograms(histograms: Iterable<Histogram>): Histogram {
  const merged: Histogram = new Map();
  for (const histogram of histograms) for (const [bucket, count] of histogram) merged.set(bucket, (merged.get(bucket) ?? 0) + count);
  return merged;
}

export function durationStats(key: string, histogram: Histogram | undefined): DurationStats {
  if (!histogram) return { key, count: 0, medianBucket: null, p90Bucket: null };
  let count = 0;
  for (const value of histogram.values()) count += value;
  return { key, count, medianBucket: percentileBucket(histogram, 50), p90Bucket: percentileBucket(histogram, 90) };
}

export type BacklogCell = { key: string; slaStatus: BacklogStatus; ageBucket: number; count: number };

/** Open applications as of the last refresh, per group, SLA status and age bucket. */
export async function backlogCells(scope: Scope, groupBy: GroupBy): Promise<BacklogCell[]> {
  const rows = await db.$queryRaw<{ key: string; slaStatus: string; ageBucket: number; count: number }[]>`
    SELECT ${groupKey(groupBy)} AS "key", "slaStatus", "ageBucket", SUM("count")::int AS "count"
    FROM "DashboardBacklog" WHERE ${scopeCondition(scope)}
    GROUP BY 1, 2, 3`;
  return rows.filter((row): row is BacklogCell => (BACKLOG_STATUSES as readonly string[]).includes(row.slaStatus));
}

export type OpenComplaints = { key: string; open: number; overdue: number };

/** Complaints filed in the period and still unanswered at the last refresh, and how many of them are past due. */
export async function openComplaints(scope: Scope, range: DayRange, groupBy: GroupBy): Promise<OpenComplaints[]> {
  return db.$queryRaw<OpenComplaints[]>`
    SELECT ${groupKey(groupBy)} AS "key", SUM("open")::int AS "open", SUM("overdue")::int AS "overdue"
    FROM "DashboardComplaintOpen" WHERE ${between("day", range)} AND ${scopeCondition(scope)}
    GROUP BY 1`;
}

export type OfficerTotals = {
  officerId: string;
  completed: number;
  onTime: number;
  rejected: number;
  breaches: number;
  open: number;
  breachedOpen: number;
};

/** Supervisors: each officer's finished cases and recorded breaches in the period, and their open load now. */
export async function officerTotals(agencyIds: readonly string[] | null, range: DayRange): Promise<OfficerTotals[]> {
  const scope = scopeCondition({ agencyIds, serviceId: null });
  return db.$queryRaw<OfficerTotals[]>`
    WITH flow AS (
      SELECT "officerId", SUM("completed")::int AS "completed", SUM("onTime")::int AS "onTime",
        SUM("rejected")::int AS "rejected", SUM("breaches")::int AS "breaches"
      FROM "DashboardOfficerDaily" WHERE ${between("day", range)} AND ${scope}
      GROUP BY 1
    ), load AS (
      SELECT "officerId", SUM("count")::int AS "open", (SUM("count") FILTER (WHERE "slaStatus" = 'BREACHED'))::int AS "breachedOpen"
      FROM "DashboardBacklog" WHERE "officerId" <> '' AND ${scope}
      GROUP BY 1
    )
    SELECT COALESCE(flow."officerId", load."officerId") AS "officerId",
      COALESCE(flow."completed", 0) AS "completed", COALESCE(flow."onTime", 0) AS "onTime",
      COALESCE(flow."rejected", 0) AS "rejected", COALESCE(flow."breaches", 0) AS "breaches",
      COALESCE(load."open", 0) AS "open", COALESCE(load."breachedOpen", 0) AS "breachedOpen"
    FROM flow FULL JOIN load ON load."officerId" = flow."officerId"`;
}

export type SurveyComment = { id: string; serviceId: string | null; agencyId: string; comment: string; submittedAt: Date };

/**
 * Supervisors: the latest survey comments of their agencies in the period,
 * without who gave them (a survey is never attributed). Read agency by agency
 * along the (agencyId, submittedAt) index, newest first, then merged.
 */
export async function latestSurveyComments(
  agencyIds: readonly string[] | null,
  range: { fromInstant: Date; toInstant: Date },
  limit = 10,
): Promise<SurveyComment[]> {
  if (agencyIds && agencyIds.length === 0) return [];
  const agencies = agencyIds ? Prisma.sql`unnest(${[...agencyIds]}::text[]) AS a("id")` : Prisma.sql`"Agency" a`;
  return db.$queryRaw<SurveyComment[]>`
    SELECT c.* FROM ${agencies}
    CROSS JOIN LATERAL (
      SELECT s."id", s."serviceId", s."agencyId", s."comment", s."submittedAt" FROM "SurveyResponse" s
      WHERE s."agencyId" = a."id" AND s."comment" IS NOT NULL AND s."submittedAt" >= ${range.fromInstant} AND s."submittedAt" < ${range.toInstant}
      ORDER BY s."submittedAt" DESC LIMIT ${limit}
    ) c
    ORDER BY c."submittedAt" DESC LIMIT ${limit}`;
}
