import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { assertUnchanged, loadAgencyCase } from "../agency-case";
import { reassignSchema } from "../officer-input";
import { announceApplicationChange } from "../side-effects";
import { isReassignable } from "../workflow";

/**
 * A supervisor hands a case an officer holds to another officer of the same
 * agency (someone is away, overloaded, or was deactivated and left it
 * unassigned). The status does not change; the timeline records it
 * internally and the audit log says who moved it. A finished case is not
 * reassigned (workflow isReassignable).
 */
export async function reassignApplication(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.read");
  const actorRole = authorize(actor, "agency.supervise", { agencyId: application.agencyId });
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const { officerId, version } = parseOrThrow(reassignSchema, input);
  assertUnchanged(application, version);
  if (!isReassignable(application.status)) throw new AppError("CONFLICT", "application.notAllowedNow");
  if (officerId === application.assignedOfficerId)
    throw new AppError("INVALID", "backOffice.reassignUnknownOfficer", { officerId: ["backOffice.reassignUnknownOfficer"] });
  const target = await db.agencyMembership.findFirst({
    where: { agencyId: application.agencyId, userId: officerId, role: "OFFICER", user: { active: true, roles: { has: "OFFICER" } } },
    select: { userId: true, user: { select: { name: true } } },
  });
  if (!target) throw new AppError("INVALID", "backOffice.reassignUnknownOfficer", { officerId: ["backOffice.reassignUnknownOfficer"] });
  const now = context.now ?? new Date();
  const eventId = await db.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version, status: application.status },
      data: { assignedOfficerId: target.userId, claimedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "application.changedMeanwhile");
    const event = await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        actorId: actor.id,
        actorRole,
        type: "reassigned",
        internal: true,
        note: target.user.name,
        data: { from: application.assignedOfficerId, to: target.userId },
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: actor.id,
      actorRole,
      action: "application.reassigned",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { from: application.assignedOfficerId ?? "", to: target.userId },
    });
    return event.id;
  });
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: application.status, eventId });
}
