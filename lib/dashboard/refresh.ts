import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/platform/db";
import { loadDashboardClocks, type ClockFor } from "./clocks";
import { emptyFlowCounts, type FlowCounts } from "./flow-counts";
import { AGENCY_LEVEL, durationBucket } from "./histogram";
import {
  ageBucketOf,
  applicationOutcome,
  backlogPaused,
  NOT_WAITING_COMPLAINT_STATUSES,
  OPEN_STATUSES,
  PUBLIC_COMPLAINT_KINDS,
  type BacklogStatus,
} from "./outcomes";
import { dateOfDayNumber, monthStart } from "./period";
import { noteDashboardRefreshed } from "./refresh-stamp";

/**
 * Rebuilds the dashboard's rollups (DESIGN.md §8) from the source tables.
 *
 * Every flow figure is counted on the local day (the agency's time zone) of
 * the event it counts: submission, completion, rejection, withdrawal, breach,
 * survey, complaint filed, complaint answered. A run recomputes whole days:
 * it deletes the rollup rows of the days it covers and writes them again from
 * every source row that contributes to them, so a run never adds to what a
 * previous one left, and running it twice gives the same tables.
 *
 * An incremental run covers the days from shortly before the previous run up
 * to today. Because every timestamp counted is set no later than the row's
 * `updatedAt`, "rows updated since the first covered day began" holds every
 * row that counts on a covered day (an index on updatedAt finds them). Rows
 * created since the last run with older timestamps (imports, seeds), and
 * surveys edited since, widen the window back to their days. A full run
 * covers everything. Snapshots (open applications by SLA status and age,
 * unanswered complaints) are rebuilt whole on every run.
 *
 * Everything is read first and written in one transaction, so readers see
 * either the old figures or the new ones, and `DashboardRefresh` says as of
 * when. Concurrent runs are serialised on that row; a run that finds newer
 * figures already written leaves them.
 */

/** Rows changed this long before the previous run are looked at again (commits land after their timestamps). */
const RESCAN_MARGIN_MS = 15 * 60_000;
const READ_CHUNK = 20_000;
const WRITE_BATCH = 5_000;
const DAY_MS = 86_400_000;
/** The earliest UTC offset in use is +14:00: a local day never starts more than 14 h before its UTC midnight. */
const MAX_ZONE_LEAD_MS = 14 * 3_600_000;
/** Long enough for a full rebuild of a million applications on a small server. */
const WRITE_TIMEOUT_MS = 10 * 60_000;

export type RefreshMode = "full" | "incremental";

export type RefreshSummary = {
  mode: RefreshMode;
  /** First local day rebuilt (YYYY-MM-DD); null for a full rebuild. */
  fromDay: string | null;
  refreshedAt: Date;
  durationMs: number;
  applications: number;
  surveys: number;
  complaints: number;
  openApplications: number;
  /** True when a newer run had already written its figures. */
  skipped: boolean;
};

type DailyCell = FlowCounts & { day: number; agencyId: string; serviceId: string };

type OfficerCell = { day: number; agencyId: string; officerId: string; completed: number; onTime: number; rejected: number; breaches: number };

/** Which days a run rebuilds, as local day numbers; `to` is Infinity for a full rebuild. */
type DayWindow = { from: number; to: number };

class Rollup {
  readonly cells = new Map<string, DailyCell>();
  readonly histogram = new Map<string, number>();
  readonly officers = new Map<string, OfficerCell>();

  constructor(private readonly window: DayWindow) {}

  covers(day: number): boolean {
    return day >= this.window.from && day <= this.window.to;
  }

  cell(day: number, agencyId: string, serviceId: string): DailyCell {
    const key = `${day}|${agencyId}|${serviceId}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { day, agencyId, serviceId, ...emptyFlowCounts() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  officer(day: number, agencyId: string, officerId: string): OfficerCell {
    const key = `${day}|${agencyId}|${officerId}`;
    let cell = this.officers.get(key);
    if (!cell) {
      cell = { day, agencyId, officerId, completed: 0, onTime: 0, rejected: 0, breaches: 0 };
      this.officers.set(key, cell);
    }
    return cell;
  }

  count(metric: "P" | "C", day: number, agencyId: string, serviceId: string, bucket: number): void {
    const key = `${metric}|${day}|${agencyId}|${serviceId}|${bucket}`;
    this.histogram.set(key, (this.histogram.get(key) ?? 0) + 1);
  }
}

type ApplicationRow = {
  id: string;
  agencyId: string;
  serviceId: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
  completedAt: Date | null;
  dueAt: Date | null;
  breachRecordedAt: Date | null;
  assignedOfficerId: string | null;
  updatedAt: Date;
};

function addApplication(rollup: Rollup, clockFor: ClockFor, row: ApplicationRow): void {
  if (!row.submittedAt) return;
  const clock = clockFor(row.agencyId);
  const submittedDay = clock.dayOf(row.submittedAt);
  if (rollup.covers(submittedDay)) rollup.cell(submittedDay, row.agencyId, row.serviceId).received += 1;
  const outcome = applicationOutcome(row.status);
  const finishedAt = outcome === "completed" ? row.completedAt : outcome === "rejected" ? row.decidedAt : null;
  if (finishedAt) {
    const day = clock.dayOf(finishedAt);
    if (rollup.covers(day)) {
      const cell = rollup.cell(day, row.agencyId, row.serviceId);
      const onTime = outcome === "completed" && !!row.dueAt && finishedAt.getTime() <= row.dueAt.getTime();
      if (outcome === "completed") {
        cell.completed += 1;
        if (onTime) cell.completedOnTime += 1;
      } else cell.rejected += 1;
      const workingMs = clock.evaluator.workingMsBetween(row.submittedAt, finishedAt);
      rollup.count("P", day, row.agencyId, row.serviceId, durationBucket(workingMs, clock.officeDayMs));
      if (row.assignedOfficerId) {
        const officer = rollup.officer(day, row.agencyId, row.assignedOfficerId);
        if (outcome === "completed") {
          officer.completed += 1;
          if (onTime) officer.onTime += 1;
        } else officer.rejected += 1;
      }
    }
  }
  if (outcome === "withdrawn") {
    // No timestamp of its own: a withdrawn application is final, so its last update is the withdrawal.
    const day = clock.dayOf(row.updatedAt);
    if (rollup.covers(day)) rollup.cell(day, row.agencyId, row.serviceId).withdrawn += 1;
  }
  if (row.breachRecordedAt) {
    const day = clock.dayOf(row.breachRecordedAt);
    if (rollup.covers(day)) {
      rollup.cell(day, row.agencyId, row.serviceId).breaches += 1;
      if (row.assignedOfficerId) rollup.officer(day, row.agencyId, row.assignedOfficerId).breaches += 1;
    }
  }
}

type SurveyRow = { id: string; agencyId: string; serviceId: string | null; submittedAt: Date; u: number[] };

function addSurvey(rollup: Rollup, clockFor: ClockFor, row: SurveyRow): void {
  const day = clockFor(row.agencyId).dayOf(row.submittedAt);
  if (!rollup.covers(day)) return;
  const cell = rollup.cell(day, row.agencyId, row.serviceId ?? "");
  cell.surveys += 1;
  row.u.forEach((score, index) => (cell.sums[index]! += score));
}

type ComplaintRow = { id: string; agencyId: string | null; serviceId: string | null; createdAt: Date; respondedAt: Date | null };

function addComplaint(rollup: Rollup, clockFor: ClockFor, row: ComplaintRow): void {
  const clock = clockFor(row.agencyId);
  const agencyId = row.agencyId ?? "";
  const serviceId = row.serviceId ?? "";
  const filedDay = clock.dayOf(row.createdAt);
  if (rollup.covers(filedDay)) rollup.cell(filedDay, agencyId, serviceId).complaintsReceived += 1;
  if (row.respondedAt) {
    const day = clock.dayOf(row.respondedAt);
    if (rollup.covers(day)) {
      rollup.cell(day, agencyId, serviceId).complaintsAnswered += 1;
      rollup.count("C", day, agencyId, serviceId, durationBucket(clock.evaluator.workingMsBetween(row.createdAt, row.respondedAt), clock.officeDayMs));
    }
  }
}

const utcDayNumber = (instant: Date) => Math.floor(instant.getTime() / DAY_MS);
/** The earliest instant at which local day `day` begins in any zone. */
const earliestStartOf = (day: number) => new Date(day * DAY_MS - MAX_ZONE_LEAD_MS);

/**
 * The first local day an incremental run must rebuild: a day before the
 * previous run (local days run ahead of UTC here), or earlier when rows
 * created since carry older timestamps, or surveys given earlier were edited.
 */
async function incrementalFromDay(previousRun: Date): Promise<number> {
  const since = new Date(previousRun.getTime() - RESCAN_MARGIN_MS);
  const complaintKinds = Prisma.join([...PUBLIC_COMPLAINT_KINDS]);
  const [row] = await db.$queryRaw<{ applications: Date | null; surveys: Date | null; complaints: Date | null }[]>`
    SELECT
      (SELECT min(LEAST("submittedAt", "decidedAt", "completedAt", "breachRecordedAt", "updatedAt"))
         FROM "Application" WHERE "updatedAt" >= ${since} AND "createdAt" >= ${since}) AS "applications",
      (SELECT min("submittedAt") FROM "SurveyResponse" WHERE "updatedAt" >= ${since}) AS "surveys",
      (SELECT min(LEAST("createdAt", "respondedAt")) FROM "Complaint"
         WHERE "updatedAt" >= ${since} AND "createdAt" >= ${since} AND "kind"::text IN (${complaintKinds})) AS "complaints"`;
  let from = utcDayNumber(since) - 1;
  for (const instant of [row?.applications, row?.surveys, row?.complaints]) {
    if (instant) from = Math.min(from, utcDayNumber(instant) - 1);
  }
  return from;
}

const APPLICATION_COLUMNS = Prisma.sql`"id", "agencyId", "serviceId", "status", "submittedAt", "decidedAt", "completedAt", "dueAt", "breachRecordedAt", "assignedOfficerId", "updatedAt"`;

/** Keyset pages over a table in id order (full runs), or one query over recently updated rows. */
async function eachChunk<T extends { id: string }>(read: (after: string | null) => Promise<T[]>, add: (row: T) => void, chunked: boolean): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await read(after);
    for (const row of rows) add(row);
    count += rows.length;
    if (!chunked || rows.length < READ_CHUNK) return count;
    after = rows.at(-1)!.id;
  }
}

async function readSources(rollup: Rollup, clockFor: ClockFor, since: Date | null) {
  const chunked = since === null;
  const page = (after: string | null) => (after === null ? Prisma.empty : Prisma.sql`AND "id" > ${after}`);
  const recent = since === null ? Prisma.empty : Prisma.sql`AND "updatedAt" >= ${since}`;
  const order = chunked ? Prisma.sql`ORDER BY "id" LIMIT ${READ_CHUNK}` : Prisma.empty;

  const applications = await eachChunk<ApplicationRow>(
    (after) => db.$queryRaw`SELECT ${APPLICATION_COLUMNS} FROM "Application" WHERE "submittedAt" IS NOT NULL ${recent} ${page(after)} ${order}`,
    (row) => addApplication(rollup, clockFor, row),
    chunked,
  );
  const surveys = await eachChunk<SurveyRow>(
    (after) => db.$queryRaw`
      SELECT "id", "agencyId", "serviceId", "submittedAt", ARRAY["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] AS "u"
      FROM "SurveyResponse" WHERE TRUE ${recent} ${page(after)} ${order}`,
    (row) => addSurvey(rollup, clockFor, row),
    chunked,
  );
  const complaints = await eachChunk<ComplaintRow>(
    (after) => db.$queryRaw`
      SELECT "id", "agencyId", "serviceId", "createdAt", "respondedAt" FROM "Complaint"
      WHERE "kind"::text IN (${Prisma.join([...PUBLIC_COMPLAINT_KINDS])}) ${recent} ${page(after)} ${order}`,
    (row) => addComplaint(rollup, clockFor, row),
    chunked,
  );
  return { applications, surveys, complaints };
}

type BacklogRow = { agencyId: string; serviceId: string; officerId: string; slaStatus: BacklogStatus; ageBucket: number; count: number };

/** Open applications now: SLA status (as the sweep judges it) and age in working days. */
async function readBacklog(clockFor: ClockFor, now: Date): Promise<{ rows: BacklogRow[]; open: number }> {
  const open = await db.$queryRaw<
    {
      agencyId: string;
      serviceId: string;
      status: ApplicationStatus;
      submittedAt: Date;
      dueAt: Date | null;
      pauseStartedAt: Date | null;
      assignedOfficerId: string | null;
    }[]
  >`SELECT "agencyId", "serviceId", "status", "submittedAt", "dueAt", "pauseStartedAt", "assignedOfficerId" FROM "Application"
    WHERE "status" IN (${Prisma.join(OPEN_STATUSES.map((status) => Prisma.sql`${status}::"ApplicationStatus"`))}) AND "submittedAt" IS NOT NULL`;
  const counts = new Map<string, BacklogRow>();
  for (const row of open) {
    const clock = clockFor(row.agencyId);
    let slaStatus: BacklogStatus = "ON_TRACK";
    if (backlogPaused(row.status)) slaStatus = "PAUSED";
    else if (row.dueAt) {
      const status = clock.evaluator.status({ startedAt: row.submittedAt, dueAt: row.dueAt, now });
      slaStatus = status === "BREACHED" ? "BREACHED" : status === "AT_RISK" ? "AT_RISK" : "ON_TRACK";
    }
    const ageDays = Math.floor(clock.evaluator.workingMsBetween(row.submittedAt, now) / clock.officeDayMs);
    const ageBucket = ageBucketOf(ageDays);
    const officerId = row.assignedOfficerId ?? "";
    const key = `${row.agencyId}|${row.serviceId}|${officerId}|${slaStatus}|${ageBucket}`;
    const entry = counts.get(key) ?? { agencyId: row.agencyId, serviceId: row.serviceId, officerId, slaStatus, ageBucket, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return { rows: [...counts.values()], open: open.length };
}

type OpenComplaintRow = { day: number; agencyId: string; serviceId: string; open: number; overdue: number };

/** Complaints waiting for an answer now, by the local day they came in, and how many of them are past due. */
async function readOpenComplaints(clockFor: ClockFor, now: Date): Promise<OpenComplaintRow[]> {
  const rows = await db.$queryRaw<{ agencyId: string | null; serviceId: string | null; createdAt: Date; dueAt: Date | null }[]>`
    SELECT "agencyId", "serviceId", "createdAt", "dueAt" FROM "Complaint"
    WHERE "respondedAt" IS NULL
      AND "kind"::text IN (${Prisma.join([...PUBLIC_COMPLAINT_KINDS])})
      AND "status"::text NOT IN (${Prisma.join([...NOT_WAITING_COMPLAINT_STATUSES])})`;
  const counts = new Map<string, OpenComplaintRow>();
  for (const row of rows) {
    const day = clockFor(row.agencyId).dayOf(row.createdAt);
    const agencyId = row.agencyId ?? "";
    const serviceId = row.serviceId ?? "";
    const key = `${day}|${agencyId}|${serviceId}`;
    const entry = counts.get(key) ?? { day, agencyId, serviceId, open: 0, overdue: 0 };
    entry.open += 1;
    if (row.dueAt && row.dueAt.getTime() < now.getTime()) entry.overdue += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

type Column = { name: string; type: "date" | "text" | "int" };

/** Multi-row INSERT … SELECT FROM unnest(arrays): one statement per batch, one parameter per column. */
async function insertRows(tx: Tx, table: string, columns: readonly Column[], rows: readonly (readonly (string | number)[])[]): Promise<void> {
  const names = Prisma.raw(columns.map((column) => `"${column.name}"`).join(", "));
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    const batch = rows.slice(start, start + WRITE_BATCH);
    const arrays = columns.map((column, index) => Prisma.sql`${batch.map((row) => row[index])}::${Prisma.raw(column.type)}[]`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${Prisma.join(arrays)})`;
  }
}

const DAILY_COLUMNS: Column[] = [
  { name: "day", type: "date" },
  { name: "agencyId", type: "text" },
  { name: "serviceId", type: "text" },
  ...["received", "completed", "completedOnTime", "rejected", "withdrawn", "breaches", "surveys"].map((name) => ({ name, type: "int" as const })),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ name: `u${n}Sum`, type: "int" as const })),
  { name: "complaintsReceived", type: "int" },
  { name: "complaintsAnswered", type: "int" },
];

function dayRange(window: DayWindow | null, column: string) {
  if (!window) return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(`"${column}"`)} BETWEEN ${dateOfDayNumber(window.from)}::date AND ${dateOfDayNumber(window.to)}::date`;
}

type HistogramRow = [metric: string, grain: string, period: string, agencyId: string, serviceId: string, bucket: number, count: number];

function compareHistogramRows(a: HistogramRow, b: HistogramRow): number {
  for (const index of [0, 2, 3, 4] as const) {
    if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  }
  return a[5] - b[5];
}

type Computed = {
  window: DayWindow | null;
  rollup: Rollup;
  backlog: BacklogRow[];
  openComplaints: OpenComplaintRow[];
};

/** Writes everything in one transaction; false when newer figures were already there. */
async function writeRollups(computed: Computed, now: Date, mode: RefreshMode, startedAt: number): Promise<boolean> {
  const { window, rollup } = computed;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO "DashboardRefresh" ("id", "refreshedAt", "mode", "durationMs") VALUES (1, to_timestamp(0), 'none', 0) ON CONFLICT ("id") DO NOTHING`;
      const [state] = await tx.$queryRaw<{ refreshedAt: Date; lastFullAt: Date | null }[]>`
        SELECT "refreshedAt", "lastFullAt" FROM "DashboardRefresh" WHERE "id" = 1 FOR UPDATE`;
      if (state && state.refreshedAt.getTime() > now.getTime()) return false;

      await tx.$executeRaw`DELETE FROM "DashboardDaily" WHERE ${dayRange(window, "day")}`;
      await insertRows(
        tx,
        "DashboardDaily",
        DAILY_COLUMNS,
        [...rollup.cells.values()].map((cell) => [
          dateOfDayNumber(cell.day),
          cell.agencyId,
          cell.serviceId,
          cell.received,
          cell.completed,
          cell.completedOnTime,
          cell.rejected,
          cell.withdrawn,
          cell.breaches,
          cell.surveys,
          ...cell.sums,
          cell.complaintsReceived,
          cell.complaintsAnswered,
        ]),
      );

      await tx.$executeRaw`DELETE FROM "DashboardHistogram" WHERE "grain" = 'D' AND ${dayRange(window, "period")}`;
      await insertRows(
        tx,
        "DashboardHistogram",
        [
          { name: "metric", type: "text" },
          { name: "grain", type: "text" },
          { name: "period", type: "date" },
          { name: "agencyId", type: "text" },
          { name: "serviceId", type: "text" },
          { name: "bucket", type: "int" },
          { name: "count", type: "int" },
        ],
        // In key order, so a range of the primary key reads few pages.
        [...rollup.histogram.entries()]
          .map(([key, count]) => {
            const [metric, day, agencyId, serviceId, bucket] = key.split("|") as [string, string, string, string, string];
            return [metric, "D", dateOfDayNumber(Number(day)), agencyId, serviceId, Number(bucket), count] as [
              string,
              string,
              string,
              string,
              string,
              number,
              number,
            ];
          })
          .sort(compareHistogramRows),
      );
      // Agency-level rows (serviceId "*"): what a dashboard not split by service reads, a fraction of the rows.
      await tx.$executeRaw`
        INSERT INTO "DashboardHistogram" ("metric", "grain", "period", "agencyId", "serviceId", "bucket", "count")
        SELECT "metric", 'D', "period", "agencyId", ${AGENCY_LEVEL}, "bucket", SUM("count")::int
        FROM "DashboardHistogram" WHERE "grain" = 'D' AND "serviceId" <> ${AGENCY_LEVEL} AND ${dayRange(window, "period")}
        GROUP BY "metric", "period", "agencyId", "bucket"
        ORDER BY "metric", "period", "agencyId", "bucket"`;
      // Monthly rows: summed again from the daily rows of every month the run touched.
      const firstMonth = window ? monthStart(dateOfDayNumber(window.from)) : null;
      const months = firstMonth ? Prisma.sql`"period" >= ${firstMonth}::date` : Prisma.sql`TRUE`;
      await tx.$executeRaw`DELETE FROM "DashboardHistogram" WHERE "grain" = 'M' AND ${months}`;
      await tx.$executeRaw`
        INSERT INTO "DashboardHistogram" ("metric", "grain", "period", "agencyId", "serviceId", "bucket", "count")
        SELECT "metric", 'M', date_trunc('month', "period")::date, "agencyId", "serviceId", "bucket", SUM("count")::int
        FROM "DashboardHistogram" WHERE "grain" = 'D' AND ${months}
        GROUP BY "metric", date_trunc('month', "period"), "agencyId", "serviceId", "bucket"
        ORDER BY "metric", date_trunc('month', "period"), "agencyId", "serviceId", "bucket"`;

      await tx.$executeRaw`DELETE FROM "DashboardOfficerDaily" WHERE ${dayRange(window, "day")}`;
      await insertRows(
        tx,
        "DashboardOfficerDaily",
        [
          { name: "day", type: "date" },
          { name: "agencyId", type: "text" },
          { name: "officerId", type: "text" },
          { name: "completed", type: "int" },
          { name: "onTime", type: "int" },
          { name: "rejected", type: "int" },
          { name: "breaches", type: "int" },
        ],
        [...rollup.officers.values()].map((cell) => [
          dateOfDayNumber(cell.day),
          cell.agencyId,
          cell.officerId,
          cell.completed,
          cell.onTime,
          cell.rejected,
          cell.breaches,
        ]),
      );

      await tx.$executeRaw`DELETE FROM "DashboardBacklog"`;
      await insertRows(
        tx,
        "DashboardBacklog",
        [
          { name: "agencyId", type: "text" },
          { name: "serviceId", type: "text" },
          { name: "officerId", type: "text" },
          { name: "slaStatus", type: "text" },
          { name: "ageBucket", type: "int" },
          { name: "count", type: "int" },
        ],
        computed.backlog.map((row) => [row.agencyId, row.serviceId, row.officerId, row.slaStatus, row.ageBucket, row.count]),
      );

      await tx.$executeRaw`DELETE FROM "DashboardComplaintOpen"`;
      await insertRows(
        tx,
        "DashboardComplaintOpen",
        [
          { name: "day", type: "date" },
          { name: "agencyId", type: "text" },
          { name: "serviceId", type: "text" },
          { name: "open", type: "int" },
          { name: "overdue", type: "int" },
        ],
        computed.openComplaints.map((row) => [dateOfDayNumber(row.day), row.agencyId, row.serviceId, row.open, row.overdue]),
      );

      await tx.dashboardRefresh.update({
        where: { id: 1 },
        data: {
          refreshedAt: now,
          mode,
          fromDay: window ? new Date(window.from * DAY_MS) : null,
          durationMs: Math.round(performance.now() - startedAt),
          lastFullAt: mode === "full" ? now : (state?.lastFullAt ?? null),
        },
      });
      return true;
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: 60_000 },
  );
}

/**
 * Brings the rollups up to `now`: incrementally after a previous run, in full
 * the first time or when asked (`full`), e.g. after data was imported with
 * past timestamps or a holiday changed past working days.
 */
export async function refreshDashboard(options: { full?: boolean; now?: Date; log?: (message: string) => void } = {}): Promise<RefreshSummary> {
  const startedAt = performance.now();
  let phaseStart = startedAt;
  const phase = (label: string) => {
    const at = performance.now();
    options.log?.(`${label}: ${Math.round(at - phaseStart)} ms`);
    phaseStart = at;
  };
  const now = options.now ?? new Date();
  const previous = await db.dashboardRefresh.findUnique({ where: { id: 1 }, select: { refreshedAt: true, mode: true } });
  const mode: RefreshMode = options.full || !previous || previous.mode === "none" ? "full" : "incremental";
  // The last local day that can have happened yet: local dates run at most a day ahead of UTC.
  const window: DayWindow | null = mode === "full" ? null : { from: await incrementalFromDay(previous!.refreshedAt), to: utcDayNumber(now) + 1 };
  const since = window ? earliestStartOf(window.from) : null;

  const [earliest] = since
    ? [{ at: since }]
    : await db.$queryRaw<
        { at: Date | null }[]
      >`SELECT LEAST((SELECT min("submittedAt") FROM "Application"), (SELECT min("createdAt") FROM "Complaint")) AS "at"`;
  const clockFor = await loadDashboardClocks({ from: earliest?.at ?? now, to: now });
  phase("calendars");

  const rollup = new Rollup(window ?? { from: -Infinity, to: Infinity });
  const counts = await readSources(rollup, clockFor, since);
  phase(`read ${counts.applications} applications, ${counts.surveys} surveys, ${counts.complaints} complaints`);
  const backlog = await readBacklog(clockFor, now);
  const openComplaints = await readOpenComplaints(clockFor, now);
  phase("snapshots");
  const written = await writeRollups({ window, rollup, backlog: backlog.rows, openComplaints }, now, mode, startedAt);
  phase(`wrote ${rollup.cells.size} daily rows, ${rollup.histogram.size} histogram rows`);
  // The views this process reuses (lib/dashboard/view-cache.ts) are of the previous refresh from now on.
  if (written) noteDashboardRefreshed();
  if (written && mode === "full") {
    // Fresh statistics after replacing every row, so the planner keeps choosing the cheap plans.
    await db.$executeRaw`ANALYZE "DashboardDaily", "DashboardHistogram", "DashboardOfficerDaily", "DashboardBacklog", "DashboardComplaintOpen"`;
    phase("analyzed");
  }
  return {
    mode,
    fromDay: window ? dateOfDayNumber(window.from) : null,
    refreshedAt: now,
    durationMs: Math.round(performance.now() - startedAt),
    ...counts,
    openApplications: backlog.open,
    skipped: !written,
  };
}

/** When the figures were last brought up to date; null before the first run. */
export async function lastRefresh(): Promise<{ refreshedAt: Date; mode: string; durationMs: number } | null> {
  const row = await db.dashboardRefresh.findUnique({ where: { id: 1 }, select: { refreshedAt: true, mode: true, durationMs: true } });
  return row && row.mode !== "none" ? row : null;
}
