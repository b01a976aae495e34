import "server-only";
import { NO_HOLDER, officerDepartureData } from "@/lib/platform/guarded-transition";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { applyTransition } from "./transition";
import { OFFICER_HELD_STATUSES, nextStatus } from "./workflow";

/** What announceApplicationChange needs, after commit. */
export type ReturnedApplication = { applicationId: string; agencyId: string; status: ApplicationStatus; eventId: string };

/**
 * When an officer leaves (their account is deactivated), the applications they
 * hold must not wait on them. Inside the caller's transaction: a case under
 * review goes back to the agency's queue (the workflow's "release"), where any
 * colleague may claim it; a case waiting on the citizen or on its output keeps
 * its status and loses its officer, for a supervisor to reassign. Each change
 * writes its timeline entry and audit event. Announce the result after commit.
 */
export async function returnHeldApplications(
  tx: Tx,
  officerId: string,
  by: { id: string; role: Role },
  context: { now: Date; ip: string | null },
): Promise<ReturnedApplication[]> {
  const held = await tx.application.findMany({
    where: { assignedOfficerId: officerId, status: { in: [...OFFICER_HELD_STATUSES] } },
    select: { id: true, status: true, version: true, agencyId: true },
    orderBy: { id: "asc" },
  });
  const returned: ReturnedApplication[] = [];
  for (const application of held) {
    const data = officerDepartureData(officerId);
    const release = { event: "release", actor: by, now: context.now, ip: context.ip, data, changes: NO_HOLDER } as const;
    if (nextStatus(application.status, "release")) {
      const moved = await applyTransition(tx, { application, ...release });
      returned.push({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
      continue;
    }
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version, assignedOfficerId: officerId },
      data: { ...NO_HOLDER, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "application.changedMeanwhile");
    const event = await tx.applicationEvent.create({
      data: { applicationId: application.id, actorId: by.id, actorRole: by.role, type: "unassigned", internal: true, data, createdAt: context.now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "application.unassigned",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data,
    });
    returned.push({ applicationId: application.id, agencyId: application.agencyId, status: application.status, eventId: event.id });
  }
  return returned;
}
