import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { Tx } from "@/lib/platform/db";

export type RefundOutcome = "approved" | "rejected" | "paidOut";

const MESSAGE = {
  approved: "notification.billRefundApproved",
  rejected: "notification.billRefundRejected",
  paidOut: "notification.billRefundPaidOut",
} as const;

/**
 * Tells the applicant, in the transaction that decided it, what became of a refund of their bill: approved
 * (the treasury transfers it next), refused (with the supervisor's reason) or transferred (with its reference).
 */
export async function notifyRefundOutcome(tx: Tx, refundId: string, outcome: RefundOutcome): Promise<void> {
  const refund = await tx.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      amount: true,
      rejectionNote: true,
      paidOutReference: true,
      bill: { select: { code: true, application: { select: { citizenId: true } } } },
    },
  });
  await notify(tx, {
    userId: refund.bill.application.citizenId,
    messageKey: MESSAGE[outcome],
    params: {
      billCode: refund.bill.code,
      amount: refund.amount.toLocaleString("id-ID"),
      note: refund.rejectionNote ?? "",
      reference: refund.paidOutReference ?? "",
    },
    link: `/bayar/${refund.bill.code}`,
    email: true,
  });
}
