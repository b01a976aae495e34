import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "./audit";
import type { Tx } from "./db";
import { AppError } from "./errors";
import type { MessageKey } from "./i18n/messages";
import { timeOrderedId } from "./ids";
import { sqlEnum, sqlJson, sqlUtc } from "./sql-values";

/** What the conditional update matches: the row, and the status and version the caller read. */
export type TransitionGuard<Status extends string> = { id: string; status: Status; version: number };

/** The row a workflow moves, and the agency whose audit chain records the move (none: the platform's). */
export type TransitionSubject<Status extends string> = TransitionGuard<Status> & { agencyId: string | null };

/** Who acts: a user in a role, or nobody (the system; an anonymous filer, whose identity is never recorded). */
export type TransitionActor = { id: string | null; role: Role | null };

/** What the timeline entry of one move records. */
export type TimelineEntry<Status extends string> = {
  subjectId: string;
  actorId: string | null;
  actorRole: Role | null;
  type: string;
  fromStatus: Status;
  toStatus: Status;
  note: string | null;
  data: Prisma.InputJsonObject | undefined;
  createdAt: Date;
};

/** One workflow's table and storage: how the guarded writer reaches its rows, timeline and audit log. */
export type GuardedWorkflow<Status extends string, Event extends string, Changes> = {
  nextStatus: (status: Status, event: Event) => Status | null;
  eventType: Record<Event, string>;
  /** Audit entity and action prefix: "Application" / "application.claimed". */
  entityType: string;
  auditPrefix: string;
  messages: { notAllowedNow: MessageKey; changedMeanwhile: MessageKey };
  /** The conditional update: only where the status and version are still the ones read. */
  updateWhereUnchanged: (tx: Tx, where: TransitionGuard<Status>, data: Changes & { status: Status; version: { increment: 1 } }) => Promise<{ count: number }>;
  writeTimelineEntry: (tx: Tx, entry: TimelineEntry<Status>) => Promise<{ id: string }>;
};

export type GuardedTransitionRequest<Status extends string, Event extends string, Changes> = {
  subject: TransitionSubject<Status>;
  event: Event;
  actor: TransitionActor;
  note?: string | null;
  data?: Prisma.InputJsonObject;
  /** Other columns the same change sets (timestamps, SLA fields, answers). */
  changes?: Changes;
  now: Date;
  ip?: string | null;
};

/**
 * Moves a case along its workflow inside the caller's transaction: the status
 * change, its timeline event and its audit entry commit together or not at
 * all. The update is conditional on the status and version the caller read,
 * so two racing requests cannot both win.
 */
export async function applyGuardedTransition<Status extends string, Event extends string, Changes>(
  workflow: GuardedWorkflow<Status, Event, Changes>,
  tx: Tx,
  request: GuardedTransitionRequest<Status, Event, Changes>,
) {
  const { subject, event, actor, now } = request;
  const to = workflow.nextStatus(subject.status, event);
  if (!to) throw new AppError("CONFLICT", workflow.messages.notAllowedNow);
  const where = { id: subject.id, status: subject.status, version: subject.version };
  const updated = await workflow.updateWhereUnchanged(tx, where, { ...(request.changes as Changes), status: to, version: { increment: 1 } });
  if (updated.count !== 1) throw new AppError("CONFLICT", workflow.messages.changedMeanwhile);
  const type = workflow.eventType[event];
  const timelineEvent = await workflow.writeTimelineEntry(tx, {
    subjectId: subject.id,
    actorId: actor.id,
    actorRole: actor.role,
    type,
    fromStatus: subject.status,
    toStatus: to,
    note: request.note ?? null,
    data: request.data,
    createdAt: now,
  });
  await recordAudit(tx, {
    agencyId: subject.agencyId,
    actorId: actor.id,
    actorRole: actor.role,
    action: `${workflow.auditPrefix}.${type}`,
    entityType: workflow.entityType,
    entityId: subject.id,
    ip: request.ip ?? null,
    data: { from: subject.status, to },
  });
  return { status: to, eventId: timelineEvent.id, version: subject.version + 1 };
}

/**
 * A workflow's timeline writer: one plain INSERT per entry. Every transition
 * writes one, and a Prisma model create of the same row cost about twice the
 * CPU (bench/signed-in-pages.findings.md, seventh pass).
 */
export function timelineWriter<Status extends string>(timeline: {
  table: "ApplicationEvent" | "ComplaintEvent";
  subjectColumn: "applicationId" | "complaintId";
  statusType: "ApplicationStatus" | "ComplaintStatus";
}): GuardedWorkflow<Status, string, unknown>["writeTimelineEntry"] {
  const into = Prisma.raw(
    `"${timeline.table}" ("id", "${timeline.subjectColumn}", "actorId", "actorRole", "type", "fromStatus", "toStatus", "note", "data", "createdAt")`,
  );
  return async (tx, entry) => {
    const id = timeOrderedId();
    await tx.$executeRaw`
      INSERT INTO ${into}
      VALUES (${id}, ${entry.subjectId}, ${entry.actorId}, ${sqlEnum(entry.actorRole, "Role")}, ${entry.type}, ${sqlEnum(entry.fromStatus, timeline.statusType)},
              ${sqlEnum(entry.toStatus, timeline.statusType)}, ${entry.note}, ${sqlJson(entry.data)}, ${sqlUtc(entry.createdAt)})`;
    return { id };
  };
}

/** The timeline columns every case page shows, whichever workflow wrote them. */
export const timelineEntrySelect = {
  id: true,
  type: true,
  toStatus: true,
  note: true,
  internal: true,
  actorRole: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

/**
 * The order a timeline is read in: by moment, then by id. The entries one transaction writes share
 * their moment; their ids (timeOrderedId) keep the order they were written in.
 */
export const TIMELINE_ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const satisfies readonly Record<string, "asc">[];

/** A case that leaves its holder's hands (released, or its officer deactivated) goes back with nobody holding it. */
export const NO_HOLDER = { assignedOfficerId: null, claimedAt: null } as const;

/** What the timeline records when a case loses its holder because the officer was deactivated. */
export const officerDepartureData = (officerId: string) => ({ reason: "officerDeactivated", officerId });
