import "server-only";
import { z } from "zod";
import { announceApplicationChange } from "@/lib/applications/side-effects";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError, forbidden, notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { isDraft } from "@/lib/applications/workflow";

const revokeSchema = z.object({
  reason: z.string("output.revokeReasonTooShort").trim().min(10, "output.revokeReasonTooShort").max(500, "output.revokeReasonTooLong"),
});

export type RevokedOutput = { id: string; revokedAt: Date; revokedReason: string; alreadyRevoked: boolean };

async function loadForRevocation(actor: Actor, applicationId: string) {
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      agencyId: true,
      citizenId: true,
      trackingNumber: true,
      service: { select: { nameId: true, nameEn: true } },
      output: { select: { id: true, revokedAt: true, revokedReason: true } },
    },
  });
  if (!application || isDraft(application.status)) {
    authorize(actor, "output.revoke", { agencyId: null });
    throw notFound();
  }
  const scope = { agencyId: application.agencyId };
  if (!can(actor, "output.revoke", scope)) {
    // Staff who can see the case learn they may not do this; anyone else learns nothing.
    if (can(actor, "agency.read", scope)) throw forbidden();
    authorize(actor, "output.revoke", scope);
  }
  if (!application.output) throw new AppError("NOT_FOUND", "output.notIssued");
  return { ...application, output: application.output };
}

/**
 * An admin, or a supervisor of the agency, withdraws an issued document with
 * a reason that verification will show (DESIGN.md §7). Nothing is deleted:
 * the row, the PDF and the signature stay, so the document now verifies as
 * "revoked" instead of "unknown". Revoking again keeps the first revocation.
 */
export async function revokeOutput(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }): Promise<RevokedOutput> {
  const application = await loadForRevocation(actor, applicationId);
  const { output } = application;
  if (output.revokedAt) {
    return { id: output.id, revokedAt: output.revokedAt, revokedReason: output.revokedReason ?? "", alreadyRevoked: true };
  }
  const { reason } = parseOrThrow(revokeSchema, input ?? {});
  if (actor.kind !== "user") throw notFound();
  const role = authorize(actor, "output.revoke", { agencyId: application.agencyId });
  const now = context.now ?? new Date();

  const outcome = await db.$transaction(async (tx) => {
    // Conditional, so of two racing revocations only the first one's reason stands.
    const updated = await tx.outputDocument.updateMany({
      where: { id: output.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: reason, revokedById: actor.id },
    });
    if (updated.count !== 1) return null;
    const event = await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        actorId: actor.id,
        actorRole: role,
        type: "outputRevoked",
        note: reason,
        data: { outputId: output.id },
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: actor.id,
      actorRole: role,
      action: "output.revoked",
      entityType: "OutputDocument",
      entityId: output.id,
      ip: context.ip,
      data: { applicationId: application.id, reason },
    });
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.outputRevoked",
      email: true,
      params: { trackingNumber: application.trackingNumber ?? "", serviceName: { id: application.service.nameId, en: application.service.nameEn }, reason },
      link: `/permohonan/${application.id}`,
    });
    return event;
  });

  if (!outcome) {
    const current = await db.outputDocument.findUniqueOrThrow({ where: { id: output.id }, select: { revokedAt: true, revokedReason: true } });
    return { id: output.id, revokedAt: current.revokedAt ?? now, revokedReason: current.revokedReason ?? "", alreadyRevoked: true };
  }
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: application.status, eventId: outcome.id });
  return { id: output.id, revokedAt: now, revokedReason: reason, alreadyRevoked: false };
}
