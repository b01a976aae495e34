import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { BillStatus } from "@/lib/generated/prisma/enums";
import { decideReissue } from "@/lib/payments/reissue";
import { db } from "@/lib/platform/db";
import { isAwaitingPayment } from "./workflow";

type ApplicationBill = { code: string; status: BillStatus; expiresAt: Date; trigger: string; round: number };

/**
 * The pages' question: which of an application's bills may this person
 * replace with a new payment code now? The applicant's expired newest bill
 * while the case still awaits payment (reissueBill decides again).
 */
export async function billsOfferedReissue(actor: Actor, applicationId: string, bills: readonly ApplicationBill[], now: Date): Promise<Set<string>> {
  if (actor.kind !== "user" || bills.length === 0) return new Set();
  const application = await db.application.findUnique({ where: { id: applicationId }, select: { status: true, citizenId: true, agencyId: true } });
  if (!application || !can(actor, "bill.reissue", { agencyId: application.agencyId, ownerId: application.citizenId })) return new Set();
  const awaiting = isAwaitingPayment(application.status);
  const offered = bills.filter(
    (bill) =>
      decideReissue(
        bill,
        bills.filter((other) => other.code !== bill.code),
        awaiting,
        now,
      ).kind === "reissue",
  );
  return new Set(offered.map((bill) => bill.code));
}
