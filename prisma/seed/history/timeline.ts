/**
 * What the SQL generator (generate-sql.ts) leaves out, computed in TypeScript
 * with the portal's own rules and written back in bulk:
 * - due dates from the SLA engine (lib/sla: working days, office hours,
 *   holidays), and the breaches they imply at the anchor;
 * - each application's and complaint's timeline, by the citizen and the
 *   seeded officers, with the event names the workflows write;
 * - an audit entry per state change, chained onto the log's head exactly as
 *   recordAudit() hashes it, so `npm run audit:verify` keeps passing.
 */
import type pg from "pg";
import { EVENT_TYPE } from "../../../lib/applications/transition";
import { disputeWindowDays, phaseWorkingDays, PORTAL_WORKING_HOURS } from "../../../lib/complaints/sla";
import { COMPLAINT_EVENT_TYPE } from "../../../lib/complaints/workflow";
import type { ApplicationStatus, ComplaintStatus, Role } from "../../../lib/generated/prisma/enums";
import { AUDIT_HASH_VERSION, AUDIT_PARTITIONS_AHEAD_MONTHS, auditChainOf, auditContentDigest } from "../../../lib/platform/audit";
import { buildWorkCalendar, createSlaEvaluator, type SlaEvaluator } from "../../../lib/sla";
import { historyIdPattern, type HistoryPlan } from "./generate-sql";

const DAY_MS = 86_400_000;
/** The SLA sweep runs every few minutes: a breach is recorded a little after the due moment. */
const SWEEP_DELAY_MS = 5 * 60_000;

type TimelineRow = {
  id: string;
  subjectId: string;
  actorId: string | null;
  actorRole: Role | null;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  at: Date;
};

type AppRow = {
  id: string;
  status: ApplicationStatus;
  citizenId: string;
  agencyId: string;
  officerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  claimedAt: Date | null;
  decidedAt: Date | null;
  completedAt: Date | null;
  pauseStartedAt: Date | null;
  slaWorkingDays: number;
};

async function agencyEvaluators(client: pg.Client, plan: HistoryPlan): Promise<Map<string, SlaEvaluator>> {
  const agencies = await client.query<{ id: string; timezone: string; officeOpens: string; officeCloses: string; regionCode: string | null }>(
    `SELECT "id", "timezone", "officeOpens", "officeCloses", "regionCode" FROM "Agency"`,
  );
  const holidays = await client.query<{ date: Date; regionCode: string | null; removedAt: Date | null }>(
    `SELECT "date", "regionCode", "removedAt" FROM "Holiday"`,
  );
  const range = { from: new Date(plan.anchor.getTime() - (plan.days + 40) * DAY_MS), to: new Date(plan.anchor.getTime() + 400 * DAY_MS) };
  const evaluators = new Map(agencies.rows.map((agency) => [agency.id, createSlaEvaluator(buildWorkCalendar(agency, holidays.rows), range)]));
  // Under the empty key: the portal's own calendar, for complaints no agency owns and for whistleblowing reports.
  evaluators.set("", createSlaEvaluator(buildWorkCalendar(PORTAL_WORKING_HOURS, holidays.rows), range));
  return evaluators;
}

/** Inserts rows column by column through unnest: one statement, whatever the count. */
async function insertColumns(client: pg.Client, table: string, columns: [name: string, type: string, values: unknown[]][]) {
  if (columns[0]![2].length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${params})`,
    columns.map(([, , values]) => values),
  );
}

async function insertTimeline(client: pg.Client, table: "ApplicationEvent" | "ComplaintEvent", rows: TimelineRow[], statusType: string) {
  await insertColumns(client, table, [
    ["id", "text", rows.map((row) => row.id)],
    [table === "ApplicationEvent" ? "applicationId" : "complaintId", "text", rows.map((row) => row.subjectId)],
    ["actorId", "text", rows.map((row) => row.actorId)],
    ["actorRole", '"Role"', rows.map((row) => row.actorRole)],
    ["type", "text", rows.map((row) => row.type)],
    ["fromStatus", statusType, rows.map((row) => row.fromStatus)],
    ["toStatus", statusType, rows.map((row) => row.toStatus)],
    ["note", "text", rows.map((row) => row.note)],
    ["createdAt", "timestamptz", rows.map((row) => row.at)],
  ]);
}

/** Due dates and breaches by the SLA engine, and the applications' timelines. */
export async function completeApplications(client: pg.Client, plan: HistoryPlan, answers: Map<string, string>): Promise<TimelineRow[]> {
  const evaluators = await agencyEvaluators(client, plan);
  const { rows } = await client.query<AppRow>(
    `SELECT a."id", a."status", a."citizenId", a."agencyId", a."assignedOfficerId" AS "officerId", a."createdAt", a."updatedAt", a."submittedAt",
       a."claimedAt", a."decidedAt", a."completedAt", a."pauseStartedAt", v."slaWorkingDays"
     FROM "Application" a JOIN "ServiceStandardVersion" v ON v."id" = a."standardVersionId" WHERE a."id" LIKE $1 ORDER BY a."id"`,
    [historyIdPattern(plan, "a")],
  );
  const anchor = plan.anchor.getTime();
  const updates: { id: string; dueAt: Date | null; breachAt: Date | null }[] = [];
  const timeline: TimelineRow[] = [];
  for (const app of rows) {
    const events: Omit<TimelineRow, "id" | "subjectId">[] = [];
    const citizen = { actorId: app.citizenId, actorRole: "CITIZEN" as const };
    const officer = { actorId: app.officerId, actorRole: app.officerId ? ("OFFICER" as const) : null };
    events.push({ ...citizen, type: "created", fromStatus: null, toStatus: "DRAFT", note: null, at: app.createdAt });
    let dueAt: Date | null = null;
    let breachAt: Date | null = null;
    if (app.submittedAt) {
      dueAt = evaluators.get(app.agencyId)!.dueMoment(app.submittedAt, app.slaWorkingDays);
      events.push({ ...citizen, type: EVENT_TYPE.submit, fromStatus: "DRAFT", toStatus: "SUBMITTED", note: null, at: app.submittedAt });
      if (app.claimedAt) events.push({ ...officer, type: EVENT_TYPE.claim, fromStatus: "SUBMITTED", toStatus: "IN_REVIEW", note: null, at: app.claimedAt });
      if (app.status === "WITHDRAWN") {
        events.push({ ...citizen, type: EVENT_TYPE.withdraw, fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", note: null, at: app.updatedAt });
      }
      if (app.status === "NEEDS_CORRECTION" && app.pauseStartedAt) {
        const note = "Pindaian Kartu Keluarga kurang jelas; mohon unggah ulang.";
        events.push({ ...officer, type: EVENT_TYPE.requestCorrection, fromStatus: "IN_REVIEW", toStatus: "NEEDS_CORRECTION", note, at: app.pauseStartedAt });
      }
      if (app.decidedAt && (app.status === "APPROVED" || app.status === "COMPLETED")) {
        events.push({ ...officer, type: EVENT_TYPE.approve, fromStatus: "IN_REVIEW", toStatus: "APPROVED", note: null, at: app.decidedAt });
      }
      if (app.completedAt) events.push({ ...officer, type: EVENT_TYPE.issue, fromStatus: "APPROVED", toStatus: "COMPLETED", note: null, at: app.completedAt });
      if (app.decidedAt && app.status === "REJECTED") {
        const note = "Persyaratan tidak terpenuhi sesuai standar pelayanan.";
        events.push({ ...officer, type: EVENT_TYPE.reject, fromStatus: "IN_REVIEW", toStatus: "REJECTED", note, at: app.decidedAt });
      }
      // The clock stops at the decision, pauses while the citizen corrects, and runs otherwise.
      const stoppedAt =
        app.status === "WITHDRAWN" ? app.updatedAt : (app.completedAt ?? (app.status === "REJECTED" ? app.decidedAt : null) ?? app.pauseStartedAt);
      const clockEnd = stoppedAt ? stoppedAt.getTime() : anchor;
      if (app.status !== "WITHDRAWN" && clockEnd > dueAt.getTime() + SWEEP_DELAY_MS) {
        breachAt = new Date(dueAt.getTime() + SWEEP_DELAY_MS);
        events.push({ actorId: null, actorRole: null, type: "slaBreached", fromStatus: null, toStatus: null, note: null, at: breachAt });
      }
    }
    updates.push({ id: app.id, dueAt, breachAt });
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    events.forEach((event, index) => timeline.push({ ...event, id: `${app.id}_e${index}`, subjectId: app.id }));
  }
  await client.query(
    // One update per row: on the embedded database every rewrite of a row (and its eight indexes) counts.
    `UPDATE "Application" a SET "dueAt" = u.due, "breachRecordedAt" = u.breach, "answers" = u.answers
     FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::jsonb[]) AS u(id, due, breach, answers) WHERE a."id" = u.id`,
    [updates.map((u) => u.id), updates.map((u) => u.dueAt), updates.map((u) => u.breachAt), updates.map((u) => answers.get(u.id) ?? "{}")],
  );
  await insertTimeline(client, "ApplicationEvent", timeline, '"ApplicationStatus"');
  return timeline;
}

type ComplaintRow = {
  id: string;
  status: ComplaintStatus;
  kind: string;
  filerId: string | null;
  agencyId: string | null;
  createdAt: Date;
  respondedAt: Date | null;
  closedAt: Date | null;
  officerId: string | null;
};

/** The complaints' handling: verified and routed, claimed and answered by the agency's seeded officer, closed, disputed or rejected. */
export async function completeComplaints(client: pg.Client, plan: HistoryPlan): Promise<TimelineRow[]> {
  const evaluators = await agencyEvaluators(client, plan);
  const { rows } = await client.query<ComplaintRow>(
    `SELECT c."id", c."status", c."kind", c."filerId", c."agencyId", c."createdAt", c."respondedAt", c."closedAt",
       (SELECT o.user_id FROM lg_officer o WHERE o.agency_id = c."agencyId" ORDER BY o.k LIMIT 1) AS "officerId"
     FROM "Complaint" c WHERE c."id" LIKE $1 ORDER BY c."id"`,
    [historyIdPattern(plan, "k")],
  );
  const anchor = plan.anchor.getTime();
  const hours = (from: Date, n: number) => new Date(Math.min(anchor, from.getTime() + n * 3_600_000));
  const updates: {
    id: string;
    verifiedAt: Date | null;
    routedAt: Date | null;
    claimedAt: Date | null;
    officerId: string | null;
    disputeDeadline: Date | null;
    slaStartedAt: Date | null;
    dueAt: Date | null;
    breachAt: Date | null;
  }[] = [];
  const timeline: TimelineRow[] = [];
  const order: ComplaintStatus[] = ["RECEIVED", "VERIFIED", "ROUTED", "IN_PROGRESS", "RESPONDED"];
  for (const complaint of rows) {
    const reached = complaint.status === "CLOSED" || complaint.status === "REOPENED" ? order.length : order.indexOf(complaint.status) + 1;
    const filer = { actorId: complaint.filerId, actorRole: complaint.filerId ? ("CITIZEN" as const) : null };
    const officer = { actorId: complaint.officerId, actorRole: complaint.officerId ? ("OFFICER" as const) : null };
    const events: Omit<TimelineRow, "id" | "subjectId">[] = [
      { ...filer, type: "filed", fromStatus: null, toStatus: "RECEIVED", note: null, at: complaint.createdAt },
    ];
    const verifiedAt = reached >= 2 ? hours(complaint.createdAt, 12) : null;
    const routedAt = reached >= 3 ? hours(complaint.createdAt, 30) : null;
    const claimedAt = reached >= 4 ? hours(complaint.createdAt, 100) : null;
    if (complaint.status === "REJECTED") {
      const note = "Laporan tidak memuat informasi yang cukup untuk ditindaklanjuti.";
      events.push({
        ...officer,
        type: COMPLAINT_EVENT_TYPE.reject,
        fromStatus: "RECEIVED",
        toStatus: "REJECTED",
        note,
        at: complaint.closedAt ?? complaint.createdAt,
      });
    }
    if (verifiedAt) events.push({ ...officer, type: COMPLAINT_EVENT_TYPE.verify, fromStatus: "RECEIVED", toStatus: "VERIFIED", note: null, at: verifiedAt });
    if (routedAt) events.push({ ...officer, type: COMPLAINT_EVENT_TYPE.route, fromStatus: "VERIFIED", toStatus: "ROUTED", note: null, at: routedAt });
    if (claimedAt) events.push({ ...officer, type: COMPLAINT_EVENT_TYPE.claim, fromStatus: "ROUTED", toStatus: "IN_PROGRESS", note: null, at: claimedAt });
    if (complaint.respondedAt) {
      const note = "Terima kasih atas laporan Anda; tindak lanjut telah kami lakukan.";
      events.push({ ...officer, type: COMPLAINT_EVENT_TYPE.respond, fromStatus: "IN_PROGRESS", toStatus: "RESPONDED", note, at: complaint.respondedAt });
    }
    if (complaint.status === "CLOSED" && complaint.closedAt) {
      events.push({
        actorId: null,
        actorRole: null,
        type: COMPLAINT_EVENT_TYPE.close,
        fromStatus: "RESPONDED",
        toStatus: "CLOSED",
        note: null,
        at: complaint.closedAt,
      });
    }
    if (complaint.status === "REOPENED" && complaint.respondedAt) {
      const note = "Masalah belum selesai; mohon ditinjau kembali.";
      events.push({ ...filer, type: COMPLAINT_EVENT_TYPE.dispute, fromStatus: "RESPONDED", toStatus: "REOPENED", note, at: hours(complaint.respondedAt, 48) });
    }
    const disputedAt = complaint.status === "REOPENED" && complaint.respondedAt ? hours(complaint.respondedAt, 48) : null;
    const awaitingFiler = complaint.status === "RESPONDED" ? complaint.respondedAt : null;
    const disputeDeadline = awaitingFiler ? new Date(awaitingFiler.getTime() + disputeWindowDays() * DAY_MS) : null;
    // The SLA engine's clock of the phase the complaint is in (or was in when answered): verify from filing, follow up from routing or a dispute.
    const evaluator = evaluators.get(complaint.agencyId && complaint.kind !== "WHISTLEBLOWING" ? complaint.agencyId : "")!;
    const slaStartedAt = complaint.status === "REJECTED" ? null : (disputedAt ?? routedAt ?? complaint.createdAt);
    const dueAt = slaStartedAt ? evaluator.dueMoment(slaStartedAt, phaseWorkingDays(routedAt || disputedAt ? "followUp" : "verify")) : null;
    const finishedAt = disputedAt ? null : complaint.respondedAt;
    const late = dueAt !== null && (finishedAt ? finishedAt.getTime() : anchor) > dueAt.getTime() + SWEEP_DELAY_MS;
    const breachAt = dueAt && late ? new Date(dueAt.getTime() + SWEEP_DELAY_MS) : null;
    const officerId = claimedAt && complaint.status !== "REOPENED" ? complaint.officerId : null;
    updates.push({ id: complaint.id, verifiedAt, routedAt, claimedAt, officerId, disputeDeadline, slaStartedAt, dueAt, breachAt });
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    events.forEach((event, index) => timeline.push({ ...event, id: `${complaint.id}_e${index}`, subjectId: complaint.id }));
  }
  await client.query(
    `UPDATE "Complaint" c SET "verifiedAt" = u.verified, "routedAt" = u.routed, "claimedAt" = u.claimed, "assignedOfficerId" = u.officer,
       "disputeDeadline" = u.deadline, "slaStartedAt" = u.started, "dueAt" = u.due, "breachRecordedAt" = u.breach
     FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[])
       AS u(id, verified, routed, claimed, officer, deadline, started, due, breach)
     WHERE c."id" = u.id`,
    [
      updates.map((u) => u.id),
      updates.map((u) => u.verifiedAt),
      updates.map((u) => u.routedAt),
      updates.map((u) => u.claimedAt),
      updates.map((u) => u.officerId),
      updates.map((u) => u.disputeDeadline),
      updates.map((u) => u.slaStartedAt),
      updates.map((u) => u.dueAt),
      updates.map((u) => u.breachAt),
    ],
  );
  await insertTimeline(client, "ComplaintEvent", timeline, '"ComplaintStatus"');
  return timeline;
}

/** Each case's agency: its audit entries extend that agency's chain (lib/platform/audit.ts). */
async function agencyOfSubjects(client: pg.Client, entries: { entityType: "Application" | "Complaint"; row: TimelineRow }[]) {
  const agencyOf = new Map<string, string | null>();
  for (const table of ["Application", "Complaint"] as const) {
    const ids = [...new Set(entries.filter((entry) => entry.entityType === table).map((entry) => entry.row.subjectId))];
    const rows = await client.query<{ id: string; agencyId: string | null }>(`SELECT "id", "agencyId" FROM "${table}" WHERE "id" = ANY($1::text[])`, [ids]);
    for (const row of rows.rows) agencyOf.set(row.id, row.agencyId);
  }
  return agencyOf;
}

/**
 * One audit entry per state change, in time order, chained onto the head of
 * its agency's chain inside one transaction, as every live entry is: the
 * portal's content digest, linked to the chain by the insert trigger
 * (lib/platform/audit.ts, AUDIT_HASH_VERSION).
 */
export async function appendAuditEntries(client: pg.Client, entries: { entityType: "Application" | "Complaint"; row: TimelineRow }[]) {
  const changes = entries
    .filter(({ row }) => row.toStatus !== null && row.type !== "created" && row.type !== "filed")
    .sort((a, b) => a.row.at.getTime() - b.row.at.getTime() || (a.row.id < b.row.id ? -1 : 1));
  const agencyOf = await agencyOfSubjects(client, changes);
  const chains = [...new Set(changes.map(({ row }) => auditChainOf({ agencyId: agencyOf.get(row.subjectId) ?? null })))].sort();
  // The history's months get their audit partitions first (lib/platform/audit.ts, ensureAuditPartitions).
  if (changes.length > 0) {
    await client.query(`SELECT audit_event_ensure_partitions(($1::timestamptz AT TIME ZONE 'UTC'), $2::integer)`, [
      changes[0]!.row.at.toISOString(),
      AUDIT_PARTITIONS_AHEAD_MONTHS,
    ]);
  }
  await client.query("BEGIN");
  try {
    for (const chain of chains) {
      const columns = { occurredAt: [] as Date[], actorId: [] as (string | null)[], actorRole: [] as (string | null)[], action: [] as string[] };
      const rest = { entityType: [] as string[], entityId: [] as string[], data: [] as string[], digest: [] as string[] };
      const prefix = { Application: "application", Complaint: "complaint" };
      for (const { entityType, row } of changes) {
        const agencyId = agencyOf.get(row.subjectId) ?? null;
        if (auditChainOf({ agencyId }) !== chain) continue;
        const entry = {
          agencyId,
          actorId: row.actorId,
          actorRole: row.actorRole,
          action: `${prefix[entityType]}.${row.type}`,
          entityType,
          entityId: row.subjectId,
          data: { from: row.fromStatus, to: row.toStatus },
        };
        columns.occurredAt.push(row.at);
        columns.actorId.push(entry.actorId);
        columns.actorRole.push(entry.actorRole);
        columns.action.push(entry.action);
        rest.entityType.push(entityType);
        rest.entityId.push(entry.entityId);
        rest.data.push(JSON.stringify(entry.data));
        rest.digest.push(auditContentDigest(row.at, entry));
      }
      // The chain follows the rows' order: they are inserted in it (WITH ORDINALITY … ORDER BY).
      await client.query(
        `INSERT INTO "AuditEvent" ("chain", "occurredAt", "actorId", "actorRole", "action", "entityType", "entityId", "data", "prevHash", "hash", "hashVersion")
         SELECT $10, at, actor, role::"Role", action, entity_type, entity_id, data::jsonb, '', digest, $9
         FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           WITH ORDINALITY AS u(at, actor, role, action, entity_type, entity_id, data, digest, n)
         ORDER BY n`,
        [
          columns.occurredAt,
          columns.actorId,
          columns.actorRole,
          columns.action,
          rest.entityType,
          rest.entityId,
          rest.data,
          rest.digest,
          AUDIT_HASH_VERSION,
          chain,
        ],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return changes.length;
}
