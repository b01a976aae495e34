import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { BillStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import { isRefundable } from "@/lib/payments/workflow";
import { applicationEndedUnserved } from "./workflow";

/** The bill page's question: may this person, as the applicant, ask for this bill's payment back now? (requestRefund decides again.) */
export async function applicantMayRequestRefund(actor: Actor, bill: { status: BillStatus; agencyId: string; application: { id: string; citizenId: string } }) {
  if (!isRefundable(bill.status) || actor.kind !== "user" || actor.id !== bill.application.citizenId) return false;
  if (!can(actor, "refund.request", { agencyId: bill.agencyId, ownerId: bill.application.citizenId })) return false;
  const application = await db.application.findUnique({ where: { id: bill.application.id }, select: { status: true } });
  return !!application && applicationEndedUnserved(application.status);
}
