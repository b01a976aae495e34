import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { loadAgencyCase, officerRole } from "../agency-case";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";

/** An officer takes a submitted application from the agency's queue into review. */
export async function claimApplication(actor: Actor, applicationId: string, context: { ip: string | null; now?: Date }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  const officer = officerRole(actor);
  const now = context.now ?? new Date();
  const moved = await db.$transaction(async (tx) => {
    const result = await applyTransition(tx, {
      application,
      event: "claim",
      actor: officer,
      now,
      ip: context.ip,
      changes: { assignedOfficerId: officer.id, claimedAt: now },
    });
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.applicationInReview",
      params: { trackingNumber: application.trackingNumber ?? "" },
      link: `/permohonan/${application.id}`,
    });
    return result;
  });
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return moved;
}
