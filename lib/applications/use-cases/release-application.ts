import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { loadCaseToFire } from "../agency-case";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";

/** The officer who claimed a case hands it back to the agency's queue. */
export async function releaseApplication(actor: Actor, applicationId: string, context: { ip: string | null; now?: Date; expectedVersion?: number }) {
  const { application, officer } = await loadCaseToFire(actor, applicationId, "release", context.expectedVersion);
  const now = context.now ?? new Date();
  const moved = await db.$transaction(async (tx) => {
    const result = await applyTransition(tx, {
      application,
      event: "release",
      actor: officer,
      now,
      ip: context.ip,
      changes: { assignedOfficerId: null, claimedAt: null },
    });
    // The citizen sees "Diajukan" again instead of "Sedang diperiksa": they are told why.
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.applicationBackInQueue",
      params: { trackingNumber: application.trackingNumber ?? "", serviceName: { id: application.service.nameId, en: application.service.nameEn } },
      link: `/permohonan/${application.id}`,
      email: true,
    });
    return result;
  });
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return moved;
}
