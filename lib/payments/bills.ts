import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { assessFee, type FeeAssessment, type FeeRule } from "./fee-rule";
import { BILL_OPEN_STATUSES, billStatusAfter } from "./workflow";

const ASSESSMENT_ERRORS: Record<Exclude<FeeAssessment, { ok: true }>["reason"], MessageKey> = {
  missingAnswer: "payment.assessment.missingAnswer",
  unknownAnswer: "payment.assessment.unknownAnswer",
  notANumber: "payment.assessment.notANumber",
  divisionByZero: "payment.assessment.divisionByZero",
  formulaSyntax: "payment.assessment.formulaSyntax",
};

/** Unambiguous letters and digits for a code people read out and type (no 0/O, 1/I/L). */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newBillCode(): string {
  return `TG${Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("")}`;
}

/** The SNAP virtual account: the biller's partnerServiceId (8) + a 12-digit customer number from a counter. */
async function nextVirtualAccountNo(tx: Tx): Promise<string> {
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "BillCounter" ("id", "lastValue") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "lastValue" = "BillCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  return env().SNAP_PARTNER_SERVICE_ID + String(rows[0]!.lastValue).padStart(12, "0");
}

export type IssuedBill = { id: string; code: string; amount: number; expiresAt: Date; virtualAccountNo: string };

/**
 * Creates the bill of an application in the caller's transaction (the one that
 * moves the application to AWAITING_PAYMENT). One bill per application and
 * step: a retried transition finds the bill it already made. A rule that
 * cannot be computed from the answers refuses the transition with a message
 * saying why, rather than billing a wrong amount; an amount of zero bills nothing.
 */
export async function issueBill(
  tx: Tx,
  input: {
    application: { id: string; agencyId: string; serviceId: string };
    rule: FeeRule;
    answers: Record<string, unknown>;
    now: Date;
  },
): Promise<IssuedBill | null> {
  const assessment = assessFee(input.rule, input.answers);
  if (!assessment.ok) throw new AppError("INVALID", ASSESSMENT_ERRORS[assessment.reason]);
  if (assessment.amount === 0) return null;
  const existing = await tx.bill.findUnique({
    where: { applicationId_trigger: { applicationId: input.application.id, trigger: input.rule.trigger } },
    select: { id: true, code: true, amount: true, expiresAt: true, virtualAccountNo: true },
  });
  if (existing) return existing;
  return tx.bill.create({
    data: {
      code: newBillCode(),
      applicationId: input.application.id,
      agencyId: input.application.agencyId,
      serviceId: input.application.serviceId,
      trigger: input.rule.trigger,
      amount: assessment.amount,
      breakdown: { lines: assessment.lines, inputs: assessment.inputs } as Prisma.InputJsonObject,
      legalBasis: input.rule.legalBasis,
      virtualAccountNo: await nextVirtualAccountNo(tx),
      issuedAt: input.now,
      expiresAt: new Date(input.now.getTime() + input.rule.validDays * 24 * 60 * 60 * 1000),
    },
    select: { id: true, code: true, amount: true, expiresAt: true, virtualAccountNo: true },
  });
}

/**
 * Cancels the unpaid bills of an application in the caller's transaction (a
 * withdrawal). Conditional on the status, so a payment committed first wins
 * and one arriving after is recorded as late and refunded.
 */
export async function cancelOpenBills(tx: Tx, applicationId: string): Promise<number> {
  const { count } = await tx.bill.updateMany({
    where: { applicationId, status: { in: [...BILL_OPEN_STATUSES] } },
    data: { status: billStatusAfter("cancel"), version: { increment: 1 } },
  });
  return count;
}
