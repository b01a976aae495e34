import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { nextStatus, type ApplicationEventName } from "./workflow";

/** The timeline entry each workflow event writes (ApplicationEvent.type). */
export const EVENT_TYPE: Record<ApplicationEventName, string> = {
  submit: "submitted",
  withdraw: "withdrawn",
  claim: "claimed",
  release: "released",
  requestCorrection: "correctionRequested",
  resubmit: "resubmitted",
  approve: "approved",
  reject: "rejected",
  issue: "issued",
};

export type TransitionSubject = {
  id: string;
  status: ApplicationStatus;
  version: number;
};

export type TransitionRequest = {
  application: TransitionSubject;
  event: ApplicationEventName;
  actor: { id: string; role: Role };
  note?: string | null;
  data?: Prisma.InputJsonObject;
  /** Other columns the same change sets (timestamps, SLA fields, answers). */
  changes?: Prisma.ApplicationUncheckedUpdateManyInput;
  now: Date;
  ip?: string | null;
};

/**
 * Moves an application along the workflow inside the caller's transaction:
 * the status change, its timeline event and its audit entry commit together
 * or not at all. The update is conditional on the status and version the
 * caller read, so two racing requests cannot both win.
 */
export async function applyTransition(tx: Tx, request: TransitionRequest) {
  const { application, event, actor, now } = request;
  const to = nextStatus(application.status, event);
  if (!to) throw new AppError("CONFLICT", "application.notAllowedNow");
  const updated = await tx.application.updateMany({
    where: { id: application.id, status: application.status, version: application.version },
    data: { ...request.changes, status: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "application.changedMeanwhile");
  const timelineEvent = await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      actorId: actor.id,
      actorRole: actor.role,
      type: EVENT_TYPE[event],
      fromStatus: application.status,
      toStatus: to,
      note: request.note ?? null,
      data: request.data,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: `application.${EVENT_TYPE[event]}`,
    entityType: "Application",
    entityId: application.id,
    ip: request.ip ?? null,
    data: { from: application.status, to },
  });
  return { status: to, eventId: timelineEvent.id, version: application.version + 1 };
}
