import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintStatus, Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { COMPLAINT_EVENT_TYPE, nextComplaintStatus, type ComplaintEventName } from "./workflow";

export type ComplaintSubject = { id: string; status: ComplaintStatus; version: number };

/** Who acts: a user in a role, or nobody (the system; an anonymous filer, whose identity is never recorded). */
export type ComplaintActor = { id: string | null; role: Role | null };

export type ComplaintTransition = {
  complaint: ComplaintSubject;
  event: ComplaintEventName;
  actor: ComplaintActor;
  note?: string | null;
  data?: Prisma.InputJsonObject;
  changes?: Prisma.ComplaintUncheckedUpdateManyInput;
  now: Date;
  ip?: string | null;
};

/**
 * Moves a complaint along its workflow inside the caller's transaction: the
 * status, its timeline event and its audit entry commit together or not at
 * all. The update is conditional on the status and version the caller read,
 * so two racing requests cannot both win.
 */
export async function applyComplaintTransition(tx: Tx, request: ComplaintTransition) {
  const { complaint, event, actor, now } = request;
  const to = nextComplaintStatus(complaint.status, event);
  if (!to) throw new AppError("CONFLICT", "complaint.notAllowedNow");
  const updated = await tx.complaint.updateMany({
    where: { id: complaint.id, status: complaint.status, version: complaint.version },
    data: { ...request.changes, status: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
  const timelineEvent = await tx.complaintEvent.create({
    data: {
      complaintId: complaint.id,
      actorId: actor.id,
      actorRole: actor.role,
      type: COMPLAINT_EVENT_TYPE[event],
      fromStatus: complaint.status,
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
    action: `complaint.${COMPLAINT_EVENT_TYPE[event]}`,
    entityType: "Complaint",
    entityId: complaint.id,
    ip: request.ip ?? null,
    data: { from: complaint.status, to },
  });
  return { status: to, eventId: timelineEvent.id, version: complaint.version + 1 };
}
