import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { isRejected, isWithdrawn } from "@/lib/applications/workflow";
import type { BillStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import { isRefundable } from "./workflow";

/** Whether an application in this status ended without its output after paying: its fee may be asked back. */
export function applicationEndedUnserved(status: Parameters<typeof isRejected>[0]): boolean {
  return isRejected(status) || isWithdrawn(status);
}

/** The bill page's question: may this person, as the applicant, ask for this bill's payment back now? (requestRefund decides again.) */
export async function applicantMayRequestRefund(actor: Actor, bill: { status: BillStatus; agencyId: string; application: { id: string; citizenId: string } }) {
  if (!isRefundable(bill.status) || actor.kind !== "user" || actor.id !== bill.application.citizenId) return false;
  if (!can(actor, "refund.request", { agencyId: bill.agencyId, ownerId: bill.application.citizenId })) return false;
  const application = await db.application.findUnique({ where: { id: bill.application.id }, select: { status: true } });
  return !!application && applicationEndedUnserved(application.status);
}
