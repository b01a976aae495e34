import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { billStatusAfter, nextBillStatus } from "../workflow";

const refundIdSchema = z.string().min(1).max(64);

/**
 * A supervisor of the bill's agency approves a requested refund (a late or
 * double payment, or a payment for an application rejected afterwards). Money
 * leaves the treasury only this way; approving twice changes nothing. A bill
 * whose own payment is refunded goes REFUND_REQUESTED → REFUNDED.
 */
export async function approveRefund(actor: Actor, refundId: unknown, context: { ip: string | null; now?: Date }) {
  const id = parseOrThrow(refundIdSchema, refundId);
  const refund = await db.refund.findUnique({ where: { id }, select: { id: true, billId: true, bill: { select: { agencyId: true } } } });
  if (!refund) {
    authorize(actor, "refund.approve", { agencyId: null });
    throw notFound();
  }
  const actorRole = authorize(actor, "refund.approve", { agencyId: refund.bill.agencyId });
  if (actor.kind !== "user") throw notFound();
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.refund.updateMany({ where: { id, approvedAt: null }, data: { approvedAt: now, approvedById: actor.id } });
    if (count === 0) return { approved: false as const };
    const bill = await tx.bill.findUniqueOrThrow({ where: { id: refund.billId }, select: { status: true } });
    if (nextBillStatus(bill.status, "refund")) {
      await tx.bill.update({ where: { id: refund.billId }, data: { status: billStatusAfter("refund"), version: { increment: 1 } } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole,
      action: "refund.approved",
      entityType: "Bill",
      entityId: refund.billId,
      ip: context.ip,
      data: { refundId: id },
    });
    return { approved: true as const };
  });
}
