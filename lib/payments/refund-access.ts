import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";

const refundIdSchema = z.string().min(1).max(64);

/** The refund and its bill's agency, or "not found" for someone who may not decide it (policy refund.approve). */
export async function loadRefundFor(actor: Actor, action: "refund.approve" | "refund.payOut", refundId: unknown) {
  const id = parseOrThrow(refundIdSchema, refundId);
  const refund = await db.refund.findUnique({
    where: { id },
    select: { id: true, billId: true, amount: true, payment: { select: { outcome: true } }, bill: { select: { agencyId: true } } },
  });
  if (!refund) {
    authorize(actor, action, { agencyId: null });
    throw notFound();
  }
  const who = authorizeSignedIn(actor, action, { agencyId: refund.bill.agencyId });
  return { refund, who };
}
