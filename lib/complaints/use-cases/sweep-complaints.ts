import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, isServiceUnavailable } from "@/lib/platform/errors";
import type { SlaEvaluator } from "@/lib/sla/evaluator";
import { complaintEvaluators } from "../evaluators";
import { phaseWorkingDays } from "../sla";
import { applyComplaintTransition } from "../transition";
import { COMPLAINT_AWAITING_FILER_STATUSES, COMPLAINT_STATUSES, type SlaPhase, slaPhaseOf } from "../workflow";

export const COMPLAINT_SWEEP_QUEUE = "complaints.sweep";
export const COMPLAINT_SWEEP_EVERY_MS = 5 * 60_000;
const BATCH_SIZE = 500;
/** Well inside the job queue's stale-lock time; the rest waits for the next slot, most urgent first. */
const BUDGET_MS = 3 * 60_000;

const RUNNING: ComplaintStatus[] = COMPLAINT_STATUSES.filter((status) => slaPhaseOf(status) !== null);

export type ComplaintSweepSummary = { examined: number; extended: number; atRisk: number; breached: number; closed: number; complete: boolean };

type Candidate = {
  id: string;
  trackingCode: string;
  kind: string;
  status: ComplaintStatus;
  agencyId: string | null;
  filerId: string | null;
  assignedOfficerId: string | null;
  slaStartedAt: Date | null;
  dueAt: Date | null;
  atRiskRecordedAt: Date | null;
};

/**
 * The complaint clocks (DESIGN.md §5), from stored timestamps only:
 * - a running phase (verify and route; follow up) is first brought up to date
 *   with today's holiday calendar and settings, never earlier than stored;
 * - AT_RISK and BREACHED are recorded once per phase, each by a conditional
 *   UPDATE, so concurrent sweeps or a rerun record nothing twice; a breach is
 *   escalated (supervisors of the agency, the overseers for a complaint no
 *   agency owns yet, the integrity unit for whistleblowing) and the filer told;
 * - an answer not disputed within its window closes.
 */
export async function sweepComplaints(options: { now?: Date; budgetMs?: number } = {}): Promise<ComplaintSweepSummary> {
  const now = options.now ?? new Date();
  const stopAt = Date.now() + (options.budgetMs ?? BUDGET_MS);
  const evaluatorFor = complaintEvaluators(now);
  const escalation = escalationDirectory();
  const summary: ComplaintSweepSummary = { examined: 0, extended: 0, atRisk: 0, breached: 0, closed: 0, complete: true };

  let cursor: { dueAt: Date; id: string } | null = null;
  for (;;) {
    if (Date.now() > stopAt) {
      summary.complete = false;
      break;
    }
    const batch: Candidate[] = await db.complaint.findMany({
      where: {
        status: { in: RUNNING },
        breachRecordedAt: null,
        slaStartedAt: { not: null },
        dueAt: { not: null },
        ...(cursor ? { OR: [{ dueAt: { gt: cursor.dueAt } }, { dueAt: cursor.dueAt, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: BATCH_SIZE,
      select: {
        id: true,
        trackingCode: true,
        kind: true,
        status: true,
        agencyId: true,
        filerId: true,
        assignedOfficerId: true,
        slaStartedAt: true,
        dueAt: true,
        atRiskRecordedAt: true,
      },
    });
    for (const row of batch) {
      summary.examined += 1;
      await sweepOne(row, now, evaluatorFor, escalation, summary);
    }
    const last = batch.at(-1);
    if (batch.length < BATCH_SIZE || !last?.dueAt) break;
    cursor = { dueAt: last.dueAt, id: last.id };
  }
  summary.closed = await closeUndisputed(now);
  return summary;
}

async function sweepOne(
  row: Candidate,
  now: Date,
  evaluatorFor: (agencyId: string | null) => Promise<SlaEvaluator>,
  escalation: (row: Candidate, phase: SlaPhase) => Promise<string[]>,
  summary: ComplaintSweepSummary,
) {
  const phase = slaPhaseOf(row.status);
  if (!phase || !row.slaStartedAt || !row.dueAt) return;
  const evaluator = await evaluatorFor(row.agencyId);
  let dueAt = row.dueAt;
  // A holiday added (or a longer allowance set) since: the deadline moves later, never earlier.
  const recomputed = evaluator.dueMoment(row.slaStartedAt, phaseWorkingDays(phase));
  if (recomputed.getTime() > dueAt.getTime()) {
    const moved = await db.complaint.updateMany({ where: { id: row.id, status: row.status, dueAt }, data: { dueAt: recomputed } });
    if (moved.count !== 1) return;
    dueAt = recomputed;
    summary.extended += 1;
  }
  const status = evaluator.status({ startedAt: row.slaStartedAt, dueAt, now });
  const params = { trackingCode: row.trackingCode, dueDate: formatDue(dueAt, evaluator) };
  if (status === "BREACHED") {
    const recipients = await escalation(row, phase);
    const recorded = await db.$transaction(async (tx) => {
      const claimed = await tx.complaint.updateMany({
        where: { id: row.id, status: row.status, dueAt, breachRecordedAt: null },
        data: { breachRecordedAt: now },
      });
      if (claimed.count !== 1) return false;
      await writeEvent(tx, row.id, "slaBreached", phase, dueAt, now);
      for (const userId of recipients) {
        await notify(tx, { userId, messageKey: "notification.complaintSlaBreachedStaff", params, link: staffLink(row) });
      }
      if (row.filerId) {
        await notify(tx, { userId: row.filerId, messageKey: "notification.complaintSlaBreachedFiler", params, link: `/pengaduan/lacak/${row.trackingCode}` });
      }
      return true;
    });
    if (recorded) summary.breached += 1;
  } else if (status === "AT_RISK" && !row.atRiskRecordedAt) {
    const recorded = await db.$transaction(async (tx) => {
      const claimed = await tx.complaint.updateMany({
        where: { id: row.id, status: row.status, dueAt, atRiskRecordedAt: null, breachRecordedAt: null },
        data: { atRiskRecordedAt: now },
      });
      if (claimed.count !== 1) return false;
      await writeEvent(tx, row.id, "slaAtRisk", phase, dueAt, now);
      if (row.assignedOfficerId) {
        await notify(tx, { userId: row.assignedOfficerId, messageKey: "notification.complaintSlaAtRisk", params, link: staffLink(row) });
      }
      return true;
    });
    if (recorded) summary.atRisk += 1;
  }
}

/** A system entry on the timeline (no actor), visible to the filer. */
async function writeEvent(tx: Tx, complaintId: string, type: "slaAtRisk" | "slaBreached", phase: SlaPhase, dueAt: Date, now: Date) {
  await tx.complaintEvent.create({
    data: { complaintId, actorId: null, actorRole: null, type, internal: false, data: { phase, dueAt: dueAt.toISOString() }, createdAt: now },
  });
}

/** Answers whose dispute window has passed close, each by a conditional transition. */
async function closeUndisputed(now: Date): Promise<number> {
  const due = await db.complaint.findMany({
    where: { status: { in: [...COMPLAINT_AWAITING_FILER_STATUSES] }, disputeDeadline: { lt: now } },
    orderBy: { disputeDeadline: "asc" },
    take: 1000,
    select: { id: true, status: true, version: true, trackingCode: true, filerId: true, agencyId: true },
  });
  let closed = 0;
  for (const complaint of due) {
    try {
      await db.$transaction(async (tx) => {
        await applyComplaintTransition(tx, { complaint, event: "close", actor: { id: null, role: null }, now, changes: { closedAt: now } });
        if (complaint.filerId) {
          await notify(tx, {
            userId: complaint.filerId,
            messageKey: "notification.complaintClosed",
            params: { trackingCode: complaint.trackingCode },
            link: `/pengaduan/lacak/${complaint.trackingCode}`,
          });
        }
      });
      closed += 1;
    } catch (error) {
      // Accepted or disputed meanwhile: nothing to close. An outage is not that: the job retries.
      if (!(error instanceof AppError) || isServiceUnavailable(error)) throw error;
    }
  }
  return closed;
}

/**
 * Who hears of a breach, decided by the policy: the integrity unit for a
 * whistleblowing report; the supervisors of the routed agency in follow-up;
 * in verification, the supervisors of the agency the complaint names, or,
 * when it names none, those who oversee every agency. Read once per sweep.
 */
function escalationDirectory(): (row: Candidate, phase: SlaPhase) => Promise<string[]> {
  let staff: Promise<Extract<Actor, { kind: "user" }>[]> | undefined;
  const load = async () => {
    const users = await db.user.findMany({
      where: { active: true, roles: { hasSome: ["SUPERVISOR", "INTEGRITY"] } },
      select: { id: true, name: true, email: true, roles: true, memberships: { select: { agencyId: true, role: true } } },
      orderBy: { id: "asc" },
    });
    return users.map((user) => ({ kind: "user" as const, ...user }));
  };
  return async (row, phase) => {
    staff ??= load();
    const everyone = await staff;
    if (row.kind === "WHISTLEBLOWING") return everyone.filter((actor) => can(actor, "whistleblowing.handle")).map((actor) => actor.id);
    const supervisors = everyone.filter((actor) => actor.roles.includes("SUPERVISOR"));
    if (phase === "verify" && !row.agencyId) {
      return supervisors.filter((actor) => can(actor, "complaint.verify", { agencyId: null })).map((actor) => actor.id);
    }
    return supervisors.filter((actor) => can(actor, "agency.supervise", { agencyId: row.agencyId })).map((actor) => actor.id);
  };
}

function staffLink(row: { id: string; kind: string }) {
  return row.kind === "WHISTLEBLOWING" ? `/petugas/integritas/${row.id}` : `/petugas/pengaduan/${row.id}`;
}

/** The notice says the due moment in its reader's language, when it is read (lib/notifications/render.ts). */
function formatDue(dueAt: Date, evaluator: SlaEvaluator) {
  return momentParam(dueAt, evaluator.calendar.timeZone);
}
