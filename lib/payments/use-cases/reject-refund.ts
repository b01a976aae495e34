import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { billStatusAfter, nextBillStatus } from "../workflow";
import { loadRefundFor } from "../refund-access";
import { notifyRefundOutcome } from "../refund-notice";

const rejectSchema = z.object({ note: z.string().trim().min(10, "refund.error.noteTooShort").max(1000, "form.tooLong") });

/**
 * A supervisor of the bill's agency refuses a refund request, with a reason
 * the requester reads. A bill whose own payment was to be refunded is paid
 * again (REFUND_REQUESTED → PAID). Refusing twice, or refusing an approved
 * refund, changes nothing.
 */
export async function rejectRefund(actor: Actor, refundId: unknown, input: unknown, context: { ip: string | null; now?: Date }) {
  const { refund, who } = await loadRefundFor(actor, "refund.approve", refundId);
  const { note } = parseOrThrow(rejectSchema, input);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.refund.updateMany({
      where: { id: refund.id, approvedAt: null, rejectedAt: null },
      data: { rejectedAt: now, rejectedById: who.actorId, rejectionNote: note },
    });
    if (count === 0) return { rejected: false as const };
    const bill = await tx.bill.findUniqueOrThrow({ where: { id: refund.billId }, select: { status: true } });
    // Only a refund of the bill's own (settling) payment had moved the bill; a late or double payment's did not.
    if (refund.payment.outcome === "SETTLED" && nextBillStatus(bill.status, "keepPayment")) {
      await tx.bill.update({ where: { id: refund.billId }, data: { status: billStatusAfter("keepPayment"), version: { increment: 1 } } });
    }
    await recordAudit(tx, {
      agencyId: refund.bill.agencyId,
      ...who,
      action: "refund.rejected",
      entityType: "Bill",
      entityId: refund.billId,
      ip: context.ip,
      data: { refundId: refund.id, note },
    });
    await notifyRefundOutcome(tx, refund.id, "rejected");
    return { rejected: true as const };
  });
}
