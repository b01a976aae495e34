import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { authorize } from "@/lib/auth/policy";

const refundIdSchema = z.string().min(1).max(64);

/** The refund and its bill's agency, or "not found" for someone who may not decide it (policy refund.approve). */
export async function loadRefundFor(actor: Actor, action: "refund.approve" | "refund.payOut", refundId: unknown) {
  const id = parseOrThrow(refundIdSchema, refundId);
  const refund = await db.refund.findUnique({ where: { id }, select: { id: true, billId: true, amount: true, payment: { select: { outcome: true } }, bill: { select: { agencyId: true } } } });
  if (!refund) {
    authorize(actor, action, { agencyId: null });
    throw notFound();
  }
  const who = authorizeSignedIn(actor, action, { agencyId: refund.bill.agencyId });
  return { refund, who };
}

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
    const { count } = await tx.refund.updateMany({ where: { id: refund.id, approvedAt: null, rejectedAt: null }, data: { approvedAt: now, approvedById: who.actorId } });
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
    return { approved: true as const };
  });
}
