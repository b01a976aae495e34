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

const issuedBillSelect = { id: true, code: true, amount: true, expiresAt: true, virtualAccountNo: true } as const;

/** What a bill charges: the step it is for, the amount and its lines, the legal basis, and how long it stays payable. */
type BillTerms = {
  trigger: FeeRule["trigger"];
  amount: number;
  breakdown: Prisma.InputJsonValue;
  legalBasis: Prisma.InputJsonValue;
  validDays: number;
};

/**
 * Writes one bill: a new code, virtual account and expiry. The first bill of a
 * step and every new payment code replacing an expired one are made here, so
 * a new code is payable exactly as long as the first was.
 */
async function writeBill(
  tx: Tx,
  application: { id: string; agencyId: string; serviceId: string },
  terms: BillTerms,
  round: number,
  now: Date,
): Promise<IssuedBill> {
  return tx.bill.create({
    data: {
      code: newBillCode(),
      applicationId: application.id,
      agencyId: application.agencyId,
      serviceId: application.serviceId,
      trigger: terms.trigger,
      round,
      amount: terms.amount,
      breakdown: terms.breakdown,
      legalBasis: terms.legalBasis,
      virtualAccountNo: await nextVirtualAccountNo(tx),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + terms.validDays * 24 * 60 * 60 * 1000),
    },
    select: issuedBillSelect,
  });
}

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
    where: { applicationId_trigger_round: { applicationId: input.application.id, trigger: input.rule.trigger, round: 1 } },
    select: issuedBillSelect,
  });
  if (existing) return existing;
  const terms: BillTerms = {
    trigger: input.rule.trigger,
    amount: assessment.amount,
    breakdown: { lines: assessment.lines, inputs: assessment.inputs } as Prisma.InputJsonObject,
    legalBasis: input.rule.legalBasis,
    validDays: input.rule.validDays,
  };
  return writeBill(tx, input.application, terms, 1, input.now);
}

/**
 * A new payment code in place of an expired bill, in the caller's transaction:
 * the same amount, lines and legal basis, the next round, and an expiry from
 * `now` by the rule the application was filed under. The unique key on the
 * round makes a second writer for the same expired bill fail rather than bill twice.
 */
export async function issueReplacementBill(
  tx: Tx,
  input: {
    expired: {
      applicationId: string;
      agencyId: string;
      serviceId: string;
      trigger: string;
      round: number;
      amount: number;
      breakdown: unknown;
      legalBasis: unknown;
    };
    rule: FeeRule;
    now: Date;
  },
): Promise<IssuedBill> {
  const { expired, rule } = input;
  const terms: BillTerms = {
    trigger: rule.trigger,
    amount: expired.amount,
    breakdown: expired.breakdown as Prisma.InputJsonValue,
    legalBasis: expired.legalBasis as Prisma.InputJsonValue,
    validDays: rule.validDays,
  };
  return writeBill(tx, { id: expired.applicationId, agencyId: expired.agencyId, serviceId: expired.serviceId }, terms, expired.round + 1, input.now);
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
