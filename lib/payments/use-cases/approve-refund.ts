import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { loadRefundFor } from "../refund-access";
import { notifyRefundOutcome } from "../refund-notice";

/**
 * A supervisor of the bill's agency approves a requested refund (a late or
 * double payment, or a payment for an application rejected or withdrawn
 * afterwards). Money leaves the treasury only this way: the revenue office
 * then transfers it and records the transfer (recordRefundPayout), which
 * marks a bill whose own payment went back REFUNDED. Approving twice, or
 * approving a refused refund, changes nothing.
 */
export async function approveRefund(actor: Actor, refundId: unknown, context: { ip: string | null; now?: Date }) {
  const { refund, who } = await loadRefundFor(actor, "refund.approve", refundId);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.refund.updateMany({
      where: { id: refund.id, approvedAt: null, rejectedAt: null },
      data: { approvedAt: now, approvedById: who.actorId },
    });
    if (count === 0) return { approved: false as const };
    await recordAudit(tx, {
      agencyId: refund.bill.agencyId,
      ...who,
      action: "refund.approved",
      entityType: "Bill",
      entityId: refund.billId,
      ip: context.ip,
      data: { refundId: refund.id },
    });
    await notifyRefundOutcome(tx, refund.id, "approved");
    return { approved: true as const };
  });
}
