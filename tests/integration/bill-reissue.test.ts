import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { continueAfterPayment } from "@/lib/applications/use-cases/continue-after-payment";
import { reissueBill } from "@/lib/applications/use-cases/reissue-bill";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import type { FeeRule } from "@/lib/payments/fee-rule";
import { treasuryToday } from "@/lib/payments/reconciliation";
import { treasuryOverview } from "@/lib/payments/treasury-queries";
import { expireBills } from "@/lib/payments/use-cases/expire-bills";
import { receivePayment } from "@/lib/payments/use-cases/receive-payment";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, rejectionOf, startDraft, type UserActor } from "@/tests/fixtures/applications";
import { createStaff } from "@/tests/fixtures/back-office";
import { publishedTestServiceWith } from "@/tests/fixtures/catalog";

/**
 * A new payment code for an expired bill (docs/payments.md, "A new payment
 * code"): the applicant asks, the same fee is billed again under a new code
 * and expiry, once however often the button is pressed, and a payment that
 * reaches the old code later is refunded without moving the case twice.
 */

const DAY = 24 * 60 * 60 * 1000;
const ctx = (now: Date) => ({ ip: "203.0.113.9", now });
const FIXED: FeeRule = {
  computation: { kind: "fixed", amount: 30000, label: { id: "PNBP", en: "Fee" } },
  trigger: "submission",
  legalBasis: { id: "PP 76/2020", en: "GR 76/2020" },
  validDays: 7,
};

let serviceSlug = "";
let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  serviceSlug = await publishedTestServiceWith(admin, { feeRule: FIXED });
});

/** A citizen's application awaiting its Rp30,000 bill, submitted at `submittedAt`. */
async function awaitingPayment(submittedAt = new Date()) {
  const citizen = await createCitizen();
  const { id } = await startDraft(citizen.actor, { serviceSlug });
  await saveDraft(citizen.actor, id, { reason: "kerja" });
  await submitApplication(citizen.actor, id, {}, { ip: null, now: submittedAt });
  const bill = await db.bill.findFirstOrThrow({ where: { applicationId: id } });
  return { citizen, id, bill, afterExpiry: new Date(bill.expiresAt.getTime() + 60_000) };
}

const billByCode = (code: string) => db.bill.findUniqueOrThrow({ where: { code } });
const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** The bank's notification, then the case moved on as the provider callback does. */
async function pay(bill: { virtualAccountNo: string; amount: number }, now: Date) {
  const receipt = await receivePayment(
    { provider: "snap", reference: `REF-${randomUUID()}`, virtualAccountNo: bill.virtualAccountNo, amount: bill.amount, paidAt: now, message: {} },
    { ip: null, now },
  );
  if (receipt.kind === "recorded" && receipt.outcome === "SETTLED") await continueAfterPayment(receipt.billId, { now });
  return receipt;
}

describe("a new payment code for an expired bill", () => {
  it("bills the same amount under a new code, VA and expiry, expires the old one, audits and tells the citizen; the new code pays the case on", async () => {
    const { citizen, id, bill, afterExpiry } = await awaitingPayment();
    expect(bill.status).toBe("ISSUED");

    const result = await reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry));
    expect(result.reissued).toBe(true);
    expect(result.code).not.toBe(bill.code);

    // The sweep had not run: the reissue recorded the expiry itself, audited as the sweep does.
    expect((await billByCode(bill.code)).status).toBe("EXPIRED");
    expect(await db.auditEvent.count({ where: { action: "bill.expired", entityId: bill.id } })).toBe(1);
    const fresh = await billByCode(result.code);
    expect(fresh).toMatchObject({ applicationId: id, status: "ISSUED", amount: 30000, trigger: "submission", round: 2, breakdown: bill.breakdown });
    expect(fresh.virtualAccountNo).not.toBe(bill.virtualAccountNo);
    expect(fresh.expiresAt.getTime()).toBe(afterExpiry.getTime() + 7 * DAY);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "bill.reissued", entityId: fresh.id } });
    expect(audit).toMatchObject({ chain: bill.agencyId, actorId: citizen.actor.id, actorRole: "CITIZEN" });
    expect(audit.data).toMatchObject({ code: result.code, replaces: bill.code, amount: 30000 });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: citizen.actor.id, messageKey: "notification.billReissued" } });
    expect(notice.link).toBe(`/bayar/${result.code}`);
    expect(notice.params).toMatchObject({ billCode: result.code, oldBillCode: bill.code });
    expect(await statusOf(id)).toBe("AWAITING_PAYMENT");
    const entry = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: id, type: "billReissued" } });
    expect(entry).toMatchObject({ actorId: citizen.actor.id, actorRole: "CITIZEN", internal: false, data: { code: result.code, replaces: bill.code } });

    const later = new Date(afterExpiry.getTime() + DAY);
    expect(await pay(fresh, later)).toMatchObject({ kind: "recorded", outcome: "SETTLED" });
    expect(await statusOf(id)).toBe("SUBMITTED");

    // The treasury counts both codes as issued, says one of them replaced the other, and the fee as paid once.
    const treasurer = await createStaff(["TREASURY"]);
    const overview = await treasuryOverview(
      treasurer,
      { from: treasuryToday(bill.issuedAt), to: treasuryToday(later), serviceId: bill.serviceId, status: "semua" },
      later,
    );
    expect(overview.byService).toEqual([expect.objectContaining({ issued: 2, reissued: 1, paid: 1, paidAmount: 30000, open: 0, expired: 1 })]);

    // A retry of the same press after success lands on the new bill, even once paid and moved on.
    expect(await reissueBill(citizen.actor, { code: bill.code }, ctx(later))).toEqual({ code: result.code, reissued: false });
    expect(await db.bill.count({ where: { applicationId: id } })).toBe(2);
  });

  it("makes one new bill when two requests race; both land on it", async () => {
    const { citizen, id, bill, afterExpiry } = await awaitingPayment();
    const results = await Promise.all([
      reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry)),
      reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry)),
    ]);
    expect(results[0]!.code).toBe(results[1]!.code);
    expect(results.filter((result) => result.reissued)).toHaveLength(1);
    expect(await db.bill.count({ where: { applicationId: id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "bill.reissued", data: { path: ["replaces"], equals: bill.code } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.billReissued" } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "billReissued" } })).toBe(1);
  });

  it("renews a bill the sweep already expired, without expiring it twice", async () => {
    const { citizen, bill, afterExpiry } = await awaitingPayment();
    await expireBills(afterExpiry);
    expect((await billByCode(bill.code)).status).toBe("EXPIRED");
    const result = await reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry));
    expect(result.reissued).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "bill.expired", entityId: bill.id } })).toBe(1);
  });

  it("refuses a bill still payable, an application no longer waiting, and an older bill already replaced", async () => {
    const payable = await awaitingPayment();
    const beforeExpiry = new Date(payable.bill.expiresAt.getTime() - 60_000);
    expect(await rejectionOf(reissueBill(payable.citizen.actor, { code: payable.bill.code }, ctx(beforeExpiry)))).toMatchObject({
      code: "CONFLICT",
      messageKey: "bill.reissue.notExpired",
    });

    const withdrawn = await awaitingPayment();
    await expireBills(withdrawn.afterExpiry);
    await withdrawApplication(withdrawn.citizen.actor, withdrawn.id, {}, { ip: null });
    expect(await rejectionOf(reissueBill(withdrawn.citizen.actor, { code: withdrawn.bill.code }, ctx(withdrawn.afterExpiry)))).toMatchObject({
      code: "CONFLICT",
      messageKey: "bill.reissue.notAwaitingPayment",
    });

    const twice = await awaitingPayment();
    const second = await reissueBill(twice.citizen.actor, { code: twice.bill.code }, ctx(twice.afterExpiry));
    const secondExpired = new Date((await billByCode(second.code)).expiresAt.getTime() + 60_000);
    const third = await reissueBill(twice.citizen.actor, { code: second.code }, ctx(secondExpired));
    expect((await billByCode(third.code)).round).toBe(3);
    expect(await rejectionOf(reissueBill(twice.citizen.actor, { code: twice.bill.code }, ctx(secondExpired)))).toMatchObject({
      code: "CONFLICT",
      messageKey: "bill.reissue.newerExists",
    });
    for (const { id } of [payable, withdrawn]) expect(await db.bill.count({ where: { applicationId: id } })).toBe(1);
  });

  it("is the applicant's alone: another citizen, an officer of the agency and a visitor are refused and nothing is billed", async () => {
    const { id, bill, afterExpiry } = await awaitingPayment();
    const stranger = await createCitizen();
    // Someone else's bill is "not found" (never "forbidden"), as every record of another's is.
    expect(await rejectionOf(reissueBill(stranger.actor, { code: bill.code }, ctx(afterExpiry)))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(reissueBill(officer, { code: bill.code }, ctx(afterExpiry)))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(reissueBill(ANONYMOUS, { code: bill.code }, ctx(afterExpiry)))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.bill.count({ where: { applicationId: id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "bill.reissued", data: { path: ["replaces"], equals: bill.code } } })).toBe(0);
  });
});

describe("a payment for the old, expired code", () => {
  it("arriving after the new code was paid is recorded late and refunded; the case is not moved twice", async () => {
    const { citizen, id, bill, afterExpiry } = await awaitingPayment();
    const { code } = await reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry));
    await pay(await billByCode(code), afterExpiry);
    expect(await statusOf(id)).toBe("SUBMITTED");

    const late = await pay(bill, new Date(afterExpiry.getTime() + 60_000));
    expect(late).toMatchObject({ kind: "recorded", outcome: "LATE", billId: bill.id });
    expect(await db.refund.count({ where: { billId: bill.id, reason: "latePayment" } })).toBe(1);
    expect((await billByCode(bill.code)).status).toBe("EXPIRED");
    expect(await continueAfterPayment(bill.id)).toEqual({ moved: false });
    expect(await statusOf(id)).toBe("SUBMITTED");
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "paymentReceived" } })).toBe(1);
    expect(await db.payment.count({ where: { bill: { applicationId: id }, outcome: "SETTLED" } })).toBe(1);
  });

  it("arriving before the new code is paid is refunded too, and the new code still pays the case on once", async () => {
    const { citizen, id, bill, afterExpiry } = await awaitingPayment();
    const { code } = await reissueBill(citizen.actor, { code: bill.code }, ctx(afterExpiry));
    expect(await pay(bill, afterExpiry)).toMatchObject({ outcome: "LATE" });
    expect(await statusOf(id)).toBe("AWAITING_PAYMENT");
    expect(await pay(await billByCode(code), afterExpiry)).toMatchObject({ outcome: "SETTLED" });
    expect(await statusOf(id)).toBe("SUBMITTED");
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "paymentReceived" } })).toBe(1);
  });
});
