import "server-only";
import { NO_HOLDER, officerDepartureData } from "@/lib/platform/guarded-transition";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { applyComplaintTransition } from "./transition";
import { COMPLAINT_OPEN_STATUSES, nextComplaintStatus } from "./workflow";

/**
 * When an officer leaves (their account is deactivated), the complaints they
 * hold return to the queue, inside the caller's transaction: one being
 * followed up is released (the workflow's "release"), so a colleague can
 * claim it; one waiting on the filer keeps its status and loses its holder
 * (a dispute reopens it into the queue). Each writes a timeline entry and an
 * audit event. Returns how many were returned.
 */
export async function returnHeldComplaints(tx: Tx, officerId: string, by: { id: string; role: Role }, context: { now: Date; ip: string | null }) {
  const held = await tx.complaint.findMany({
    where: { assignedOfficerId: officerId, status: { in: COMPLAINT_OPEN_STATUSES } },
    select: { id: true, status: true, version: true, agencyId: true },
    orderBy: { id: "asc" },
  });
  for (const complaint of held) {
    const data = officerDepartureData(officerId);
    const release = { event: "release", actor: by, now: context.now, ip: context.ip, data, changes: NO_HOLDER } as const;
    if (nextComplaintStatus(complaint.status, "release")) {
      await applyComplaintTransition(tx, { complaint, ...release });
      continue;
    }
    const updated = await tx.complaint.updateMany({
      where: { id: complaint.id, version: complaint.version, assignedOfficerId: officerId },
      data: { ...NO_HOLDER, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
    await tx.complaintEvent.create({
      data: { complaintId: complaint.id, actorId: by.id, actorRole: by.role, type: "unassigned", internal: true, data, createdAt: context.now },
    });
    await recordAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "complaint.unassigned",
      entityType: "Complaint",
      entityId: complaint.id,
      ip: context.ip,
      data,
    });
  }
  return held.length;
}
