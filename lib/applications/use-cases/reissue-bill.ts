import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeSignedIn, type AuditActor } from "@/lib/auth/policy";
import type { BillStatus } from "@/lib/generated/prisma/enums";

import { issueReplacementBill } from "@/lib/payments/bills";
import { billsAt, type FeeTrigger } from "@/lib/payments/fee-rule";
import { decideReissue } from "@/lib/payments/reissue";
import { effectiveBillStatus } from "@/lib/payments/workflow";
import { recordBillExpired } from "@/lib/payments/bill-expiry";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { notifyBillReissued } from "../bill-notice";
import { isAwaitingPayment } from "../workflow";

const reissueSchema = z.object({ code: z.string().trim().min(1).max(32) });

type Context = { ip: string | null; now?: Date };
export type ReissueResult = { code: string; reissued: boolean };

type LockedBill = {
  id: string;
  code: string;
  status: BillStatus;
  expiresAt: Date;
  trigger: string;
  round: number;
  amount: number;
  breakdown: unknown;
  legalBasis: unknown;
  applicationId: string;
  agencyId: string;
  serviceId: string;
};

/**
 * A new payment code for an expired bill (policy bill.reissue: the applicant),
 * while the application still awaits the payment: the same amount, a new
 * code, virtual account, QRIS and expiry, in one transaction with the old
 * bill recorded EXPIRED (if the sweep had not yet), the timeline entry, the
 * audit entry and the citizen's notice. The application's row and then the bill's are locked, in
 * the order a withdrawal takes them, so a double submit waits for the first
 * and finds its new bill, and a withdrawal either comes first (refused here)
 * or cancels the new bill with the rest. The old bill keeps its code: a
 * payment arriving for it later is recorded late and refunded (receivePayment).
 */
export async function reissueBill(actor: Actor, input: unknown, context: Context): Promise<ReissueResult> {
  const { code } = parseOrThrow(reissueSchema, input);
  const found = await db.bill.findUnique({ where: { code }, select: { agencyId: true, application: { select: { citizenId: true } } } });
  if (!found) {
    authorize(actor, "bill.reissue", { agencyId: null });
    throw notFound();
  }
  const who = authorizeSignedIn(actor, "bill.reissue", { agencyId: found.agencyId, ownerId: found.application.citizenId });
  const now = context.now ?? new Date();
  const attempt = () => db.$transaction((tx) => reissueLocked(tx, code, who, now, context.ip));
  try {
    return await attempt();
  } catch (error) {
    // The locks make this unreachable in practice; should two writers meet anyway, the key lets one
    // through and the other, run again, finds its bill.
    if ((error as { code?: unknown } | null)?.code === "P2002") return attempt();
    throw error;
  }
}

async function reissueLocked(tx: Tx, code: string, who: AuditActor, now: Date, ip: string | null): Promise<ReissueResult> {
  const [application] = await tx.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Application" a JOIN "Bill" b ON b."applicationId" = a."id" WHERE b."code" = ${code} FOR UPDATE OF a`;
  const [bill] = await tx.$queryRaw<LockedBill[]>`
    SELECT "id", "code", "status"::text AS "status", "expiresAt", "trigger", "round", "amount", "breakdown", "legalBasis",
           "applicationId", "agencyId", "serviceId"
    FROM "Bill" WHERE "code" = ${code} FOR UPDATE`;
  if (!application || !bill) throw notFound();
  const [owner, siblings] = await Promise.all([
    tx.application.findUniqueOrThrow({
      where: { id: application.id },
      select: {
        status: true,
        citizenId: true,
        trackingNumber: true,
        standardVersionId: true,
        service: { select: { nameId: true, nameEn: true } },
        agency: { select: { timezone: true } },
      },
    }),
    tx.bill.findMany({ where: { applicationId: application.id, id: { not: bill.id } }, select: { code: true, trigger: true, round: true } }),
  ]);
  const decision = decideReissue(bill, siblings, isAwaitingPayment(owner.status), now);
  if (decision.kind === "already") return { code: decision.code, reissued: false };
  if (decision.kind === "refused") throw new AppError("CONFLICT", decision.message);

  // The application keeps the rule it was filed under: the new code is payable as long as the first was.
  const rule = billsAt((await loadPublishedVersion(tx, owner.standardVersionId)).feeRule, bill.trigger as FeeTrigger);
  if (!rule) throw new AppError("CONFLICT", "bill.reissue.notAwaitingPayment");
  if (bill.status !== effectiveBillStatus(bill, now)) {
    // Past its expiry, the sweep not yet run: recorded here, as the sweep would.
    await recordBillExpired(tx, bill);
  }
  const replacement = await issueReplacementBill(tx, { expired: bill, rule, now });
  await notifyBillReissued(tx, owner, replacement, bill.code, owner.agency.timezone);
  // On the case's timeline too, so the citizen and the officer see why the payment code changed.
  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      actorId: who.actorId,
      actorRole: who.actorRole,
      type: "billReissued",
      data: { code: replacement.code, replaces: bill.code },
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    agencyId: bill.agencyId,
    actorId: who.actorId,
    actorRole: who.actorRole,
    action: "bill.reissued",
    entityType: "Bill",
    entityId: replacement.id,
    ip,
    data: { code: replacement.code, replaces: bill.code, amount: replacement.amount, expiresAt: replacement.expiresAt.toISOString() },
  });
  return { code: replacement.code, reissued: true };
}
