import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BillStatus, PaymentOutcome } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { enqueueJob } from "@/lib/platform/jobs";
import { billStatusAfter, effectiveBillStatus, isPayable, isSettled } from "../workflow";

/** The queue lib/applications listens on to move a paid case on (a lower domain asks a higher one by name). */
export const BILL_PAID_QUEUE = "applications.bill-paid";

/** A payment as a provider reports it, already authenticated by that provider's adapter. */
export type PaymentNotice = {
  provider: string;
  /** The provider's own reference for this payment: the idempotency key. */
  reference: string;
  virtualAccountNo: string;
  amount: number;
  paidAt: Date;
  message: Prisma.InputJsonObject;
};

export type PaymentReceipt =
  | { kind: "recorded"; outcome: PaymentOutcome; billId: string; billCode: string; duplicate: boolean }
  | { kind: "rejected"; reason: "unknownBill" | "wrongAmount"; billCode?: string };

type LockedBill = { id: string; code: string; status: BillStatus; amount: number; expiresAt: Date; applicationId: string };

/**
 * Records a payment notification. In one transaction, under the bill's row
 * lock: the payment row keyed by (provider, reference) — the same
 * notification twice finds its row and pays once —, the bill's status, its
 * audit entry, and the job that moves the application on. A payment that
 * cannot settle its bill (expired, cancelled, already paid by another
 * payment) is still recorded, as LATE or DOUBLE, with a refund request: money
 * received is never dropped. A wrong amount or an unknown account is refused
 * and audited.
 */
export async function receivePayment(notice: PaymentNotice, context: { ip: string | null; now?: Date }): Promise<PaymentReceipt> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [bill] = await tx.$queryRaw<LockedBill[]>`
      SELECT "id", "code", "status"::text AS "status", "amount", "expiresAt", "applicationId"
      FROM "Bill" WHERE "virtualAccountNo" = ${notice.virtualAccountNo} FOR UPDATE`;
    if (!bill) return reject(tx, notice, context, "unknownBill");
    const known = await tx.payment.findUnique({
      where: { provider_providerReference: { provider: notice.provider, providerReference: notice.reference } },
      select: { outcome: true, billId: true },
    });
    if (known) return { kind: "recorded", outcome: known.outcome, billId: known.billId, billCode: bill.code, duplicate: true } as const;
    if (notice.amount !== bill.amount) return reject(tx, notice, context, "wrongAmount", bill);

    const outcome: PaymentOutcome = isPayable(bill, now) ? "SETTLED" : isSettled(bill.status) ? "DOUBLE" : "LATE";
    const payment = await tx.payment.create({
      data: {
        billId: bill.id,
        provider: notice.provider,
        providerReference: notice.reference,
        amount: notice.amount,
        outcome,
        paidAt: notice.paidAt,
        receivedAt: now,
        message: notice.message,
      },
      select: { id: true },
    });
    if (outcome === "SETTLED") {
      await tx.bill.update({ where: { id: bill.id }, data: { status: billStatusAfter("pay"), paidAt: now, version: { increment: 1 } } });
      await enqueueJob(tx, BILL_PAID_QUEUE, { billId: bill.id }, { dedupeKey: `${BILL_PAID_QUEUE}:${bill.id}` });
    } else {
      // An ISSUED bill past its expiry is recorded as expired by the payment that found it so.
      if (effectiveBillStatus(bill, now) !== bill.status) {
        await tx.bill.update({ where: { id: bill.id }, data: { status: billStatusAfter("expire"), version: { increment: 1 } } });
      }
      await tx.refund.create({
        data: { billId: bill.id, paymentId: payment.id, amount: notice.amount, reason: outcome === "LATE" ? "latePayment" : "doublePayment", requestedAt: now },
      });
    }
    await recordAudit(tx, {
      action: "payment.received",
      entityType: "Bill",
      entityId: bill.id,
      ip: context.ip,
      data: { provider: notice.provider, reference: notice.reference, amount: notice.amount, outcome },
    });
    return { kind: "recorded", outcome, billId: bill.id, billCode: bill.code, duplicate: false } as const;
  });
}

async function reject(
  tx: Tx,
  notice: PaymentNotice,
  context: { ip: string | null },
  reason: "unknownBill" | "wrongAmount",
  bill?: LockedBill,
): Promise<PaymentReceipt> {
  await recordAudit(tx, {
    action: "payment.rejected",
    entityType: "Bill",
    entityId: bill?.id ?? null,
    ip: context.ip,
    data: { provider: notice.provider, reference: notice.reference, virtualAccountNo: notice.virtualAccountNo, amount: notice.amount, reason },
  });
  return { kind: "rejected", reason, billCode: bill?.code };
}

/** Audits a notification refused before it named a bill (a bad signature or token): the provider's log and ours agree. */
export async function recordRefusedNotification(reason: string, data: Record<string, unknown>, context: { ip: string | null }) {
  await db.$transaction((tx) => recordAudit(tx, { action: "payment.refused", entityType: "Bill", entityId: null, ip: context.ip, data: { reason, ...data } }));
}
