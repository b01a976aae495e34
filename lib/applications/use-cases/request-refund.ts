import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { openBillRefund } from "@/lib/payments/refunds";
import { isRefundable } from "@/lib/payments/workflow";
import { applicationEndedUnserved } from "../workflow";

const requestSchema = z.object({ code: z.string().trim().min(1).max(32) });

/**
 * Asks for a bill's payment back (policy refund.request): the citizen who
 * paid, once the application ended without its output (rejected or
 * withdrawn after paying); the revenue office or the agency's officer for any
 * paid bill. A supervisor then decides (approveRefund / rejectRefund). Asking
 * twice finds the request there is.
 */
export async function requestRefund(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }) {
  const { code } = parseOrThrow(requestSchema, input);
  const bill = await db.bill.findUnique({
    where: { code },
    select: { id: true, agencyId: true, status: true, application: { select: { citizenId: true, status: true } } },
  });
  if (!bill) {
    authorize(actor, "refund.request", { agencyId: null });
    throw notFound();
  }
  const who = authorizeSignedIn(actor, "refund.request", { agencyId: bill.agencyId, ownerId: bill.application.citizenId });
  const byApplicant = who.actorRole === "CITIZEN";
  if (byApplicant && !applicationEndedUnserved(bill.application.status)) throw new AppError("CONFLICT", "refund.error.notEligible");
  if (!isRefundable(bill.status)) {
    const existing = await db.refund.findFirst({ where: { billId: bill.id, payment: { outcome: "SETTLED" } }, select: { id: true } });
    if (existing) return { refundId: existing.id, created: false };
    throw new AppError("CONFLICT", "refund.error.notEligible");
  }
  const now = context.now ?? new Date();
  const opened = await db.$transaction((tx) =>
    openBillRefund(tx, { billId: bill.id, reason: byApplicant ? "requestedByApplicant" : "requestedByStaff", requestedBy: who, now, ip: context.ip }),
  );
  if (!opened) throw new AppError("CONFLICT", "refund.error.notEligible");
  return opened;
}
