import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { loadCaseToFire } from "../agency-case";
import { approveSchema, rejectSchema } from "../officer-input";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";
import { billsAt } from "@/lib/payments/fee-rule";
import { issueBill } from "@/lib/payments/bills";
import { openBillRefund } from "@/lib/payments/refunds";
import { notifyBillIssued } from "../bill-notice";

type Context = { ip: string | null; now?: Date };

/**
 * Approve: the requirements are met; the output can be issued next. When the
 * standard's fee is computed from the verified answers (a levy, a tax), the
 * approval issues the bill and the case waits for the payment (issue 20).
 */
export async function approveApplication(actor: Actor, applicationId: string, input: unknown, context: Context) {
  const { note, version } = parseOrThrow(approveSchema, input ?? {});
  return decide(actor, applicationId, context, {
    event: "approve",
    version,
    note: note || null,
    data: {},
    messageKey: "notification.applicationApproved",
  });
}

/** Reject: a reason from the list and a written explanation the citizen will read. */
export async function rejectApplication(actor: Actor, applicationId: string, input: unknown, context: Context) {
  const { reason, note, version } = parseOrThrow(rejectSchema, input);
  return decide(actor, applicationId, context, {
    event: "reject",
    version,
    note,
    data: { reason },
    messageKey: "notification.applicationRejected",
  });
}

async function decide(
  actor: Actor,
  applicationId: string,
  context: Context,
  decision: {
    event: "approve" | "reject";
    version: number | undefined;
    note: string | null;
    data: Record<string, string>;
    messageKey: Extract<MessageKey, "notification.applicationApproved" | "notification.applicationRejected">;
  },
) {
  const { application, officer } = await loadCaseToFire(actor, applicationId, decision.event, decision.version);
  const now = context.now ?? new Date();
  const moved = await db.$transaction(async (tx) => {
    const billRule = decision.event === "approve" ? billsAt(application.standardVersion.feeRule, "verification") : null;
    const bill = billRule && (await issueBill(tx, { application, rule: billRule, answers: application.answers, now }));
    const result = await applyTransition(tx, {
      application,
      event: bill ? "approveForPayment" : decision.event,
      actor: officer,
      note: decision.note,
      data: bill ? { ...decision.data, billCode: bill.code, amount: bill.amount } : decision.data,
      now,
      ip: context.ip,
      // A rejection is the end: its decision time is when the clock stops. A bill pauses the clock until paid.
      changes: decision.event === "reject" ? { decidedAt: now, completedAt: null } : bill ? { decidedAt: now, pauseStartedAt: now } : { decidedAt: now },
    });
    // A rejection after payment asks the money back in the same transaction (docs/payments.md: refunds).
    if (decision.event === "reject") {
      for (const paid of await tx.bill.findMany({ where: { applicationId: application.id }, select: { id: true } })) {
        await openBillRefund(tx, {
          billId: paid.id,
          reason: "applicationRejected",
          requestedBy: { actorId: officer.id, actorRole: officer.role },
          now,
          ip: context.ip,
        });
      }
    }
    if (bill) {
      await notifyBillIssued(tx, application, bill, application.agency.timezone);
      return result;
    }
    await notify(tx, {
      userId: application.citizenId,
      messageKey: decision.messageKey,
      params: {
        trackingNumber: application.trackingNumber ?? "",
        serviceName: { id: application.service.nameId, en: application.service.nameEn },
        note: decision.note ?? "",
      },
      link: `/permohonan/${application.id}`,
      email: true,
    });
    return result;
  });
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return moved;
}
