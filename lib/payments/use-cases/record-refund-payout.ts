import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { billStatusAfter, nextBillStatus } from "../workflow";
import { loadRefundFor } from "../refund-access";
import { notifyRefundOutcome } from "../refund-notice";

const payoutSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(4, "refund.error.referenceRequired")
    .max(64, "form.tooLong")
    .regex(/^[\x21-\x7e]*$/, "refund.error.referenceFormat"),
});

/**
 * The revenue office records that an approved refund was transferred back,
 * with the bank transfer's reference. The bill whose own payment went back
 * becomes REFUNDED. Recording twice keeps the first reference; a refund not
 * (or not yet) approved is refused with a message saying so.
 */
export async function recordRefundPayout(actor: Actor, refundId: unknown, input: unknown, context: { ip: string | null; now?: Date }) {
  const { refund, who } = await loadRefundFor(actor, "refund.payOut", refundId);
  const { reference } = parseOrThrow(payoutSchema, input);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.refund.updateMany({
      where: { id: refund.id, approvedAt: { not: null }, rejectedAt: null, paidOutAt: null },
      data: { paidOutAt: now, paidOutById: who.actorId, paidOutReference: reference },
    });
    if (count === 0) {
      const current = await tx.refund.findUniqueOrThrow({ where: { id: refund.id }, select: { paidOutAt: true } });
      if (current.paidOutAt) return { recorded: false as const };
      throw new AppError("CONFLICT", "refund.error.notApproved");
    }
    const bill = await tx.bill.findUniqueOrThrow({ where: { id: refund.billId }, select: { status: true } });
    // Only the bill's own (settling) payment going back makes the bill refunded; a late or double payment's does not.
    if (refund.payment.outcome === "SETTLED" && nextBillStatus(bill.status, "refund")) {
      await tx.bill.update({ where: { id: refund.billId }, data: { status: billStatusAfter("refund"), version: { increment: 1 } } });
    }
    await recordAudit(tx, {
      agencyId: refund.bill.agencyId,
      ...who,
      action: "refund.paidOut",
      entityType: "Bill",
      entityId: refund.billId,
      ip: context.ip,
      data: { refundId: refund.id, reference, amount: refund.amount },
    });
    await notifyRefundOutcome(tx, refund.id, "paidOut");
    return { recorded: true as const };
  });
}
