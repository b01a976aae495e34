import "server-only";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { isSettled } from "@/lib/payments/workflow";
import { announceApplicationChange } from "../side-effects";
import { recomputeDueAt } from "../sla-clock";
import { applyTransition } from "../transition";
import { isAwaitingPayment, paidEvent } from "../workflow";

/**
 * A bill was paid: the case moves on by itself (issue 20), back to the queue
 * (a fee billed at submission) or on to the approval the bill was for (a fee
 * computed after verification), the clock resuming, extended by the paused
 * time. Run by the job the payment enqueued in its own transaction, and
 * called at once by the callback as well; whichever runs second finds the case
 * moved and does nothing. No actor: the provider's signed notification was the check.
 */
export async function continueAfterPayment(billId: string, context: { now?: Date } = {}) {
  const now = context.now ?? new Date();
  const moved = await db.$transaction(async (tx) => {
    const bill = await tx.bill.findUnique({ where: { id: billId }, select: { status: true, trigger: true, code: true, applicationId: true } });
    if (!bill || !isSettled(bill.status)) return null;
    await tx.$executeRaw`SELECT 1 FROM "Application" WHERE "id" = ${bill.applicationId} FOR UPDATE`;
    const application = await tx.application.findUniqueOrThrow({
      where: { id: bill.applicationId },
      select: {
        id: true,
        status: true,
        version: true,
        citizenId: true,
        agencyId: true,
        trackingNumber: true,
        submittedAt: true,
        dueAt: true,
        pauseStartedAt: true,
        service: { select: { nameId: true, nameEn: true } },
        agency: { select: { code: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true } },
        standardVersion: { select: { slaWorkingDays: true } },
      },
    });
    if (!isAwaitingPayment(application.status) || !application.submittedAt) return null;
    const event = paidEvent(bill.trigger === "verification" ? "verification" : "submission");
    const dueAt = await recomputeDueAt(tx, { ...application, submittedAt: application.submittedAt }, now, [{ type: "paymentReceived", createdAt: now }]);
    const pausedFor = application.pauseStartedAt ? now.getTime() - application.pauseStartedAt.getTime() : 0;
    const result = await applyTransition(tx, {
      application,
      event,
      // The citizen paid; the timeline says so under their name.
      actor: { id: application.citizenId, role: "CITIZEN" },
      data: { billCode: bill.code },
      now,
      changes: { dueAt, pauseStartedAt: null, pausedMs: { increment: BigInt(Math.max(0, pausedFor)) } },
    });
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.billPaid",
      params: {
        billCode: bill.code,
        trackingNumber: application.trackingNumber ?? "",
        serviceName: { id: application.service.nameId, en: application.service.nameEn },
      },
      link: `/bayar/${bill.code}`,
      email: true,
    });
    return { ...result, agencyId: application.agencyId, applicationId: application.id };
  });
  if (moved) await announceApplicationChange({ applicationId: moved.applicationId, agencyId: moved.agencyId, status: moved.status, eventId: moved.eventId });
  return moved ? { moved: true as const, status: moved.status } : { moved: false as const };
}
