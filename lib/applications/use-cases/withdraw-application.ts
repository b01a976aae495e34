import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { loadCitizenCaseHeader, loadLockedCitizenCase } from "../data";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";
import { isAwaitingPayment, isDraft, isWithdrawn } from "../workflow";
import { cancelOpenBills } from "@/lib/payments/bills";

const withdrawSchema = z.object({ reason: z.string().trim().max(500, "form.tooLong").optional() });

/** The citizen takes an application back before a decision. Withdrawing twice is a no-op. */
export async function withdrawApplication(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const preview = await loadCitizenCaseHeader(db, actor, applicationId, "application.act");
  const { reason } = parseOrThrow(withdrawSchema, input ?? {});
  const now = context.now ?? new Date();
  const outcome = await db.$transaction(async (tx) => {
    const application = await loadLockedCitizenCase(tx, actor, applicationId);
    if (isWithdrawn(application.status)) return null;
    // An unpaid bill goes with the application; one already paid is refunded (docs/payments.md).
    if (isAwaitingPayment(application.status)) await cancelOpenBills(tx, application.id);
    const pausedFor = application.pauseStartedAt ? now.getTime() - application.pauseStartedAt.getTime() : 0;
    const moved = await applyTransition(tx, {
      application,
      event: "withdraw",
      actor: { id: application.citizenId, role: "CITIZEN" },
      note: reason || null,
      now,
      ip: context.ip,
      changes: { pauseStartedAt: null, pausedMs: { increment: BigInt(Math.max(0, pausedFor)) } },
    });
    // A submitted application has a status the citizen follows by email; a draft never had one.
    if (application.trackingNumber) {
      await notify(tx, {
        userId: application.citizenId,
        messageKey: "notification.applicationWithdrawn",
        params: { trackingNumber: application.trackingNumber, serviceName: { id: application.service.nameId, en: application.service.nameEn } },
        link: `/permohonan/${application.id}`,
        email: true,
      });
    }
    return { ...moved, wasDraft: isDraft(application.status) };
  });
  if (outcome && !outcome.wasDraft) {
    await announceApplicationChange({ applicationId, agencyId: preview.agencyId, status: outcome.status, eventId: outcome.eventId });
  }
  return { id: applicationId };
}
