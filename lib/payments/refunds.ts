import "server-only";
import type { BillStatus } from "@/lib/generated/prisma/enums";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { billStatusAfter, nextBillStatus } from "./workflow";

/** Why a refund was asked for: the portal's own reasons, and the citizen's. */
export const REFUND_REASONS = ["latePayment", "doublePayment", "applicationRejected", "requestedByApplicant", "requestedByStaff"] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/** Where a refund stands, from its dates: the one place that reads them. */
export type RefundState = "requested" | "approved" | "rejected" | "paidOut";
export function refundState(refund: { approvedAt: Date | null; rejectedAt: Date | null; paidOutAt: Date | null }): RefundState {
  if (refund.paidOutAt) return "paidOut";
  if (refund.rejectedAt) return "rejected";
  return refund.approvedAt ? "approved" : "requested";
}
export const REFUND_STATES = ["requested", "approved", "rejected", "paidOut"] as const satisfies readonly RefundState[];

/** The row filter for refunds in one state (for lists). */
export function refundStateWhere(state: RefundState) {
  switch (state) {
    case "requested":
      return { approvedAt: null, rejectedAt: null };
    case "approved":
      return { approvedAt: { not: null }, paidOutAt: null };
    case "rejected":
      return { rejectedAt: { not: null } };
    case "paidOut":
      return { paidOutAt: { not: null } };
  }
}

/**
 * Opens the refund of a bill's own payment in the caller's transaction, under
 * the bill's row lock: PAID → REFUND_REQUESTED and one Refund row (unique per
 * payment, so asking twice, or a rejection after the citizen already asked,
 * finds the one there is). Returns null when the bill has no payment of its
 * own to refund (never paid, already refunded).
 */
export async function openBillRefund(
  tx: Tx,
  input: { billId: string; reason: RefundReason; requestedBy: { actorId: string; actorRole: Role | null } | null; now: Date; ip: string | null },
): Promise<{ refundId: string; created: boolean } | null> {
  const [bill] = await tx.$queryRaw<{ id: string; status: BillStatus; agencyId: string }[]>`
    SELECT "id", "status"::text AS "status", "agencyId" FROM "Bill" WHERE "id" = ${input.billId} FOR UPDATE`;
  if (!bill) return null;
  const payment = await tx.payment.findFirst({
    where: { billId: bill.id, outcome: "SETTLED" },
    select: { id: true, amount: true, refunds: { select: { id: true } } },
  });
  if (!payment) return null;
  const existing = payment.refunds[0];
  if (existing) return { refundId: existing.id, created: false };
  if (!nextBillStatus(bill.status, "requestRefund")) return null;
  await tx.bill.update({ where: { id: bill.id }, data: { status: billStatusAfter("requestRefund"), version: { increment: 1 } } });
  const refund = await tx.refund.create({
    data: {
      billId: bill.id,
      paymentId: payment.id,
      amount: payment.amount,
      reason: input.reason,
      requestedById: input.requestedBy?.actorId ?? null,
      requestedAt: input.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    agencyId: bill.agencyId,
    actorId: input.requestedBy?.actorId ?? null,
    actorRole: input.requestedBy?.actorRole ?? null,
    action: "refund.requested",
    entityType: "Bill",
    entityId: bill.id,
    ip: input.ip,
    data: { refundId: refund.id, reason: input.reason, amount: payment.amount },
  });
  return { refundId: refund.id, created: true };
}
