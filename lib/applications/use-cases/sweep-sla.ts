import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { db, type Tx } from "@/lib/platform/db";
import type { SlaEvaluator } from "@/lib/sla/evaluator";
import { agencyEvaluators, refreshDueDates, type EvaluatorFor } from "../due-date-refresh";
import { announceApplicationChange } from "../side-effects";
import { APPLICATION_RUNNING_STATUSES } from "../workflow";

export const SLA_SWEEP_QUEUE = "sla.sweep";
export const SLA_SWEEP_EVERY_MS = 5 * 60_000;
export const SLA_SWEEP_BATCH_SIZE = 500;
/**
 * A sweep stops starting new batches after this long, inside its five-minute
 * slot, and leaves the rest to the next slot. Rows come most urgent first, so
 * what waits is what matters least.
 */
const SWEEP_BUDGET_MS = 3 * 60_000;

/** Open and not waiting on the citizen: the clock runs (DESIGN.md §4). */
const RUNNING_STATUSES = APPLICATION_RUNNING_STATUSES;

/** Where the complaint form opens pre-filled for an application: the contract with the complaints issue. */
export const complaintLink = (trackingNumber: string) => `/pengaduan/baru?permohonan=${encodeURIComponent(trackingNumber)}`;
/** The back-office case view. */
export const staffCaseLink = (applicationId: string) => `/petugas/permohonan/${applicationId}`;

export type SweepSummary = {
  examined: number;
  extended: number;
  atRisk: number;
  breached: number;
  /** False when the time budget ran out before every candidate was read. */
  complete: boolean;
};

const candidateSelect = {
  id: true,
  agencyId: true,
  citizenId: true,
  trackingNumber: true,
  submittedAt: true,
  dueAt: true,
  atRiskRecordedAt: true,
  standardVersion: { select: { slaWorkingDays: true } },
  service: { select: { nameId: true, nameEn: true } },
} satisfies Prisma.ApplicationSelect;
type Candidate = Prisma.ApplicationGetPayload<{ select: typeof candidateSelect }>;
type Recorded = { eventId: string; status: (typeof RUNNING_STATUSES)[number] };

type SweepContext = {
  now: Date;
  evaluatorFor: EvaluatorFor;
  supervisorsOf: (agencyId: string) => Promise<string[]>;
};

/**
 * Records, once each, that a running application is at risk and that it
 * breached its time limit (DESIGN.md §4), with the notices that go with them.
 *
 * "Once" comes from the database, not from what this sweep read: each record
 * is a conditional UPDATE (`… WHERE "breachRecordedAt" IS NULL`), and only
 * the transaction whose UPDATE changed the row writes the timeline event and
 * the notifications. Two instances sweeping at once, or a job that runs
 * again, therefore record nothing twice.
 *
 * Candidates are read in batches, most urgent first, with a keyset cursor, so
 * a large backlog never loads at once. At-risk depends on each row's own
 * allowance, so every unrecorded running row is looked at; a breach needs a
 * due moment before `now`. Each candidate's due moment is first brought up to
 * date with today's holiday calendar, so a holiday added since extends it
 * before anything is recorded against it.
 */
export async function sweepSla(options: { now?: Date; batchSize?: number; budgetMs?: number } = {}): Promise<SweepSummary> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? SLA_SWEEP_BATCH_SIZE;
  const stopAt = Date.now() + (options.budgetMs ?? SWEEP_BUDGET_MS);
  const context: SweepContext = { now, evaluatorFor: agencyEvaluators(now), supervisorsOf: supervisorDirectory() };
  const summary: SweepSummary = { examined: 0, extended: 0, atRisk: 0, breached: 0, complete: true };

  let cursor: { dueAt: Date; id: string } | null = null;
  for (;;) {
    if (Date.now() > stopAt) {
      summary.complete = false;
      break;
    }
    const batch: Candidate[] = await db.application.findMany({
      where: {
        status: { in: RUNNING_STATUSES },
        breachRecordedAt: null,
        submittedAt: { not: null },
        dueAt: { not: null },
        OR: [{ atRiskRecordedAt: null }, { dueAt: { lt: now } }],
        ...(cursor ? { AND: [{ OR: [{ dueAt: { gt: cursor.dueAt } }, { dueAt: cursor.dueAt, id: { gt: cursor.id } }] }] } : {}),
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: batchSize,
      select: candidateSelect,
    });
    await sweepBatch(batch, context, summary);
    const last = batch.at(-1);
    if (batch.length < batchSize || !last?.dueAt) break;
    cursor = { dueAt: last.dueAt, id: last.id };
  }
  return summary;
}

async function sweepBatch(batch: readonly Candidate[], context: SweepContext, summary: SweepSummary): Promise<void> {
  const rows = batch.flatMap((row) =>
    row.submittedAt && row.dueAt ? [{ ...row, submittedAt: row.submittedAt, dueAt: row.dueAt, slaWorkingDays: row.standardVersion.slaWorkingDays }] : [],
  );
  summary.examined += rows.length;
  const refreshed = await refreshDueDates(rows, context.evaluatorFor);
  summary.extended += refreshed.extended.length;

  for (const row of rows) {
    const dueAt = refreshed.dueAt.get(row.id);
    // Its due moment changed under us: the next sweep looks at it afresh.
    if (!dueAt) continue;
    const evaluator = await context.evaluatorFor(row.agencyId);
    const status = evaluator.status({ startedAt: row.submittedAt, dueAt, now: context.now });
    let recorded: Recorded | null = null;
    if (status === "BREACHED") {
      recorded = await recordBreach(row, dueAt, evaluator, context);
      if (recorded) summary.breached += 1;
    } else if (status === "AT_RISK" && !row.atRiskRecordedAt) {
      recorded = await recordAtRisk(row, dueAt, evaluator, context);
      if (recorded) summary.atRisk += 1;
    }
    // After commit only: a rolled-back record must never reach a screen.
    if (recorded) {
      await announceApplicationChange({ applicationId: row.id, agencyId: row.agencyId, status: recorded.status, eventId: recorded.eventId });
    }
  }
}

function noticeParams(row: Candidate, dueAt: Date, evaluator: SlaEvaluator) {
  return { trackingNumber: row.trackingNumber ?? "", serviceName: { id: row.service.nameId, en: row.service.nameEn }, dueDate: formatDue(dueAt, evaluator) };
}

async function recordAtRisk(row: Candidate, dueAt: Date, evaluator: SlaEvaluator, context: SweepContext): Promise<Recorded | null> {
  return db.$transaction(async (tx) => {
    // The status was judged on this due moment: the UPDATE only wins if it is still the one stored.
    const [claimed] = await tx.application.updateManyAndReturn({
      where: { id: row.id, atRiskRecordedAt: null, breachRecordedAt: null, status: { in: RUNNING_STATUSES }, dueAt },
      data: { atRiskRecordedAt: context.now },
      select: { status: true, assignedOfficerId: true },
    });
    if (!claimed) return null;
    const eventId = await writeEvent(tx, row.id, "slaAtRisk", dueAt, context.now);
    if (claimed.assignedOfficerId) {
      await notify(tx, {
        userId: claimed.assignedOfficerId,
        messageKey: "notification.slaAtRisk",
        params: noticeParams(row, dueAt, evaluator),
        link: staffCaseLink(row.id),
      });
    }
    return { eventId, status: runningStatus(claimed.status) };
  });
}

async function recordBreach(row: Candidate, dueAt: Date, evaluator: SlaEvaluator, context: SweepContext): Promise<Recorded | null> {
  const supervisorIds = await context.supervisorsOf(row.agencyId);
  return db.$transaction(async (tx) => {
    const [claimed] = await tx.application.updateManyAndReturn({
      where: { id: row.id, breachRecordedAt: null, status: { in: RUNNING_STATUSES }, dueAt },
      data: { breachRecordedAt: context.now },
      select: { status: true },
    });
    if (!claimed) return null;
    const eventId = await writeEvent(tx, row.id, "slaBreached", dueAt, context.now);
    const params = noticeParams(row, dueAt, evaluator);
    for (const userId of supervisorIds) {
      await notify(tx, { userId, messageKey: "notification.slaBreachedSupervisor", params, link: staffCaseLink(row.id) });
    }
    if (row.trackingNumber) {
      await notify(tx, {
        userId: row.citizenId,
        messageKey: "notification.slaBreachedCitizen",
        params,
        link: complaintLink(row.trackingNumber),
        email: true,
      });
    }
    return { eventId, status: runningStatus(claimed.status) };
  });
}

/** A system entry on the citizen's timeline: no actor, visible to the citizen. */
async function writeEvent(tx: Tx, applicationId: string, type: "slaAtRisk" | "slaBreached", dueAt: Date, now: Date): Promise<string> {
  const event = await tx.applicationEvent.create({
    data: { applicationId, actorId: null, actorRole: null, type, internal: false, data: { dueAt: dueAt.toISOString() }, createdAt: now },
    select: { id: true },
  });
  return event.id;
}

function runningStatus(status: string): Recorded["status"] {
  const running = RUNNING_STATUSES.find((candidate) => candidate === status);
  if (!running) throw new Error(`swept an application that is not running (${status})`);
  return running;
}

/**
 * The supervisors to escalate an agency's breach to, decided by the policy
 * (a supervisor of that agency, or one without memberships, who oversees all).
 * Active supervisors are read once per sweep.
 */
function supervisorDirectory(): (agencyId: string) => Promise<string[]> {
  let supervisors: Promise<Actor[]> | undefined;
  const load = async (): Promise<Actor[]> => {
    const users = await db.user.findMany({
      where: { active: true, roles: { has: "SUPERVISOR" } },
      select: { id: true, name: true, email: true, roles: true, memberships: { select: { agencyId: true, role: true } } },
      orderBy: { id: "asc" },
    });
    return users.map((user) => ({ kind: "user", ...user }));
  };
  return async (agencyId) => {
    supervisors ??= load();
    return (await supervisors).flatMap((actor) => (actor.kind === "user" && can(actor, "agency.supervise", { agencyId }) ? [actor.id] : []));
  };
}

/** The notice says the due moment in its reader's language, when it is read (lib/notifications/render.ts). */
function formatDue(dueAt: Date, evaluator: SlaEvaluator) {
  return momentParam(dueAt, evaluator.calendar.timeZone);
}
