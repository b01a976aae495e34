import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { rejectApplication } from "@/lib/applications/use-cases/decide-application";
import { continueAfterPayment } from "@/lib/applications/use-cases/continue-after-payment";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import type { FeeRule } from "@/lib/payments/fee-rule";
import { revenueRows } from "@/lib/dashboard/revenue";
import { settlementCsv, settlementDayBounds } from "@/lib/payments/reconciliation";
import { approveRefund } from "@/lib/payments/use-cases/approve-refund";
import { expireBills } from "@/lib/payments/use-cases/expire-bills";
import { reconcileSettlement } from "@/lib/payments/use-cases/reconcile-settlement";
import { receivePayment } from "@/lib/payments/use-cases/receive-payment";
import { recordRefundPayout } from "@/lib/payments/use-cases/record-refund-payout";
import { rejectRefund } from "@/lib/payments/use-cases/reject-refund";
import { requestRefund } from "@/lib/applications/use-cases/request-refund";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, rejectionOf, startDraft, type UserActor } from "@/tests/fixtures/applications";
import { createStaff, REJECTION } from "@/tests/fixtures/back-office";
import { publishedTestServiceWith } from "@/tests/fixtures/catalog";

const t = (id: string, en: string) => ({ id, en });
const FIXED: FeeRule = {
  computation: { kind: "fixed", amount: 30000, label: t("PNBP", "Fee") },
  trigger: "submission",
  legalBasis: t("PP 76/2020", "GR 76/2020"),
  validDays: 7,
};
const ctx = { ip: null };

let serviceSlug = "";
let treasury: UserActor;
let officer: UserActor;
let supervisor: UserActor;

beforeAll(async () => {
  const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  serviceSlug = await publishedTestServiceWith(admin, { feeRule: FIXED });
  // The region-wide revenue office: no agency membership.
  treasury = await createStaff(["TREASURY"]);
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
});

/** A submitted application of the fixed-fee service: AWAITING_PAYMENT with its bill. */
async function billed() {
  const citizen = await createCitizen();
  const { id } = await startDraft(citizen.actor, { serviceSlug });
  await saveDraft(citizen.actor, id, { reason: "besar" });
  await submitApplication(citizen.actor, id, {}, ctx);
  const bill = await db.bill.findFirstOrThrow({ where: { applicationId: id } });
  return { citizen, id, bill };
}

/** The bank's payment, and the job that moves the case on (to the queue). */
async function pay(
  bill: { id: string; virtualAccountNo: string; amount: number },
  paidAt: Date,
  reference = `SIM${randomUUID().replace(/-/g, "").slice(0, 20).toUpperCase()}`,
) {
  const receipt = await receivePayment(
    { provider: "snap:test", reference, virtualAccountNo: bill.virtualAccountNo, amount: bill.amount, paidAt, message: {} },
    ctx,
  );
  expect(receipt).toMatchObject({ kind: "recorded", outcome: "SETTLED" });
  await continueAfterPayment(bill.id);
  return reference;
}

/** A settlement day no other test pays on (the tests share one database; each run starts somewhere else, each call moves on a day). */
let nextDay = Math.floor(Math.random() * 5000);
function uniqueDay(): string {
  const day = new Date(Date.UTC(2090, 0, 1) + nextDay++ * 86_400_000);
  return day.toISOString().slice(0, 10);
}

describe("daily reconciliation", () => {
  it("matches the settlement file against the day's payments and lists every kind of mismatch; the same file twice is one run", async () => {
    const day = uniqueDay();
    const noon = new Date(`${day}T12:00:00+07:00`);
    const [a, b, c, d] = await Promise.all([billed(), billed(), billed(), billed()]);
    const refA = await pay(a.bill, noon);
    const refB = await pay(b.bill, noon);
    await pay(d.bill, noon);
    const file = settlementCsv(day, [
      { virtualAccountNo: a.bill.virtualAccountNo, billCode: a.bill.code, amount: 30000, reference: refA, paidAt: noon },
      { virtualAccountNo: b.bill.virtualAccountNo, billCode: b.bill.code, amount: 25000, reference: refB, paidAt: noon },
      { virtualAccountNo: "88899999999999999", billCode: "", amount: 10000, reference: "SIMUNKNOWN1", paidAt: noon },
      { virtualAccountNo: a.bill.virtualAccountNo, billCode: a.bill.code, amount: 30000, reference: refA, paidAt: noon },
      { virtualAccountNo: c.bill.virtualAccountNo, billCode: c.bill.code, amount: 30000, reference: "SIMNOTINPORTAL", paidAt: noon },
    ]);
    const result = await reconcileSettlement(treasury, { csv: file, fileName: "settlement.csv" }, ctx);
    expect(result).toMatchObject({ ok: true, created: true });
    const runId = (result as { runId: string }).runId;
    const run = await db.reconciliationRun.findUniqueOrThrow({ where: { id: runId }, include: { items: true } });
    expect(run).toMatchObject({ settlementDate: day, fileRows: 5, matchedCount: 1, mismatchCount: 5, fileTotal: 125000n, portalTotal: 90000n });
    const kinds = Object.fromEntries(run.items.map((item) => [`${item.kind}:${item.line ?? "-"}`, item.billCode]));
    expect(kinds).toEqual({
      "matched:2": a.bill.code,
      "amountDiffers:3": b.bill.code,
      "unknownBill:4": null,
      "duplicate:5": a.bill.code,
      "missingInPortal:6": c.bill.code,
      "missingInFile:-": d.bill.code,
    });
    expect(await db.auditEvent.count({ where: { action: "reconciliation.run", entityId: runId, actorId: treasury.id } })).toBe(1);

    // Uploading the same file again shows the run it made.
    expect(await reconcileSettlement(treasury, { csv: file }, ctx)).toEqual({ ok: true, runId, created: false });
    expect(await db.reconciliationRun.count({ where: { settlementDate: day } })).toBe(1);
  });

  it("refuses a file it cannot read, line by line, storing nothing; and anyone but the region-wide revenue office", async () => {
    const day = uniqueDay();
    const csv = `tanggal_settlement,nomor_va,kode_tagihan,jumlah,referensi_pembayaran,waktu_bayar\n${day},8889900000001,,abc,SIM1,${day}T10:00:00+07:00\n${day},8889900000002,,1000,SIM2,kemarin\n`;
    expect(await reconcileSettlement(treasury, { csv }, ctx)).toEqual({
      ok: false,
      problem: "lines",
      errors: [
        { line: 2, problem: "amount" },
        { line: 3, problem: "paidAt" },
      ],
    });
    expect(await reconcileSettlement(treasury, { csv: "a,b\n1,2\n" }, ctx)).toMatchObject({ ok: false, problem: "header" });
    expect(await db.reconciliationRun.count({ where: { settlementDate: day } })).toBe(0);
    const agencyTreasurer = await createStaff(["TREASURY"], [{ agencyCode: "DISDUKCAPIL", role: "TREASURY" }]);
    for (const actor of [officer, supervisor, agencyTreasurer]) {
      expect(await rejectionOf(reconcileSettlement(actor, { csv }, ctx))).toMatchObject({ code: "FORBIDDEN" });
    }
    await db.agencyMembership.deleteMany({ where: { userId: agencyTreasurer.id } });
  });
});

describe("refunds", () => {
  it("a rejection after payment asks the money back in the same transaction; the supervisor approves, the treasury records the transfer", async () => {
    const { citizen, id, bill } = await billed();
    await pay(bill, new Date());
    // Before the application ended, the applicant may not ask.
    expect(await rejectionOf(requestRefund(citizen.actor, { code: bill.code }, ctx))).toMatchObject({ messageKey: "refund.error.notEligible" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    await claimApplication(officer, id, ctx);
    await rejectApplication(officer, id, REJECTION, ctx);
    const refund = await db.refund.findFirstOrThrow({ where: { billId: bill.id } });
    expect(refund).toMatchObject({ reason: "applicationRejected", amount: 30000, requestedById: officer.id, approvedAt: null });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("REFUND_REQUESTED");
    expect(await db.auditEvent.count({ where: { action: "refund.requested", entityId: bill.id, chain: bill.agencyId } })).toBe(1);
    // The applicant asking now finds the request there is.
    expect(await requestRefund(citizen.actor, { code: bill.code }, ctx)).toEqual({ refundId: refund.id, created: false });

    expect(await rejectionOf(recordRefundPayout(treasury, refund.id, { reference: "TRF-0001" }, ctx))).toMatchObject({
      messageKey: "refund.error.notApproved",
    });
    expect(await rejectionOf(recordRefundPayout(supervisor, refund.id, { reference: "TRF-0001" }, ctx))).toMatchObject({ code: "NOT_FOUND" });
    expect(await approveRefund(supervisor, refund.id, ctx)).toEqual({ approved: true });
    expect(await rejectRefund(supervisor, refund.id, { note: "Terlambat ditolak setelah disetujui." }, ctx)).toEqual({ rejected: false });
    expect(await rejectionOf(recordRefundPayout(treasury, refund.id, { reference: "" }, ctx))).toMatchObject({
      fieldErrors: { reference: ["refund.error.referenceRequired"] },
    });
    expect(await recordRefundPayout(treasury, refund.id, { reference: "TRF-0001" }, ctx)).toEqual({ recorded: true });
    expect(await recordRefundPayout(treasury, refund.id, { reference: "TRF-0002" }, ctx)).toEqual({ recorded: false });
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ paidOutReference: "TRF-0001", paidOutById: treasury.id });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("REFUNDED");
    const actions = await db.auditEvent.findMany({ where: { entityId: bill.id, action: { startsWith: "refund." } }, select: { action: true, chain: true } });
    expect(actions.map((entry) => entry.action).sort()).toEqual(["refund.approved", "refund.paidOut", "refund.requested"]);
    expect(actions.every((entry) => entry.chain === bill.agencyId)).toBe(true);
    // The applicant is told at each step, in the app and by email, once (the repeated payout wrote nothing).
    const notices = await db.notification.findMany({ where: { userId: citizen.actor.id, messageKey: { startsWith: "notification.billRefund" } } });
    expect(notices.map((notice) => notice.messageKey).sort()).toEqual(["notification.billRefundApproved", "notification.billRefundPaidOut"]);
    expect(notices.find((notice) => notice.messageKey === "notification.billRefundPaidOut")?.params).toMatchObject({
      billCode: bill.code,
      reference: "TRF-0001",
    });
  });

  it("a refused refund keeps the payment, with the reason; a withdrawn-after-payment applicant may ask", async () => {
    const { citizen, id, bill } = await billed();
    await pay(bill, new Date());
    await withdrawApplication(citizen.actor, id, {}, ctx);
    const other = await createCitizen();
    expect(await rejectionOf(requestRefund(other.actor, { code: bill.code }, ctx))).toMatchObject({ code: "NOT_FOUND" });
    const asked = await requestRefund(citizen.actor, { code: bill.code }, ctx);
    expect(asked.created).toBe(true);
    expect(await rejectionOf(rejectRefund(supervisor, asked.refundId, { note: "pendek" }, ctx))).toMatchObject({
      fieldErrors: { note: ["refund.error.noteTooShort"] },
    });
    expect(await rejectionOf(rejectRefund(officer, asked.refundId, { note: "Layanan sudah diberikan sebagian." }, ctx))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectRefund(supervisor, asked.refundId, { note: "Layanan sudah diberikan sebagian." }, ctx)).toEqual({ rejected: true });
    expect(await db.refund.findUniqueOrThrow({ where: { id: asked.refundId } })).toMatchObject({
      rejectionNote: "Layanan sudah diberikan sebagian.",
      approvedAt: null,
    });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("PAID");
    expect(await db.notification.findFirst({ where: { userId: citizen.actor.id, messageKey: "notification.billRefundRejected" } })).toMatchObject({
      params: { note: "Layanan sudah diberikan sebagian." },
    });
    expect(await approveRefund(supervisor, asked.refundId, ctx)).toEqual({ approved: false });
  });
});

describe("the bill expiry sweep", () => {
  it("marks unpaid bills past their expiry EXPIRED once, audited, and leaves paid ones alone", async () => {
    const open = await billed();
    const paid = await billed();
    await pay(paid.bill, new Date());
    const later = new Date(open.bill.expiresAt.getTime() + 60_000);
    expect(await expireBills(later)).toBeGreaterThanOrEqual(1);
    expect((await db.bill.findUniqueOrThrow({ where: { id: open.bill.id } })).status).toBe("EXPIRED");
    expect((await db.bill.findUniqueOrThrow({ where: { id: paid.bill.id } })).status).toBe("PAID");
    await expireBills(later);
    expect(await db.auditEvent.count({ where: { action: "bill.expired", entityId: open.bill.id, chain: open.bill.agencyId } })).toBe(1);
  });
});

describe("revenue in the open data", () => {
  it("sums the fees that settled a bill per service and month, with small counts suppressed and no personal data", async () => {
    const day = uniqueDay();
    const noon = new Date(`${day}T12:00:00+07:00`);
    const bills = await Promise.all([billed(), billed(), billed(), billed(), billed()]);
    for (const { bill } of bills) await pay(bill, noon);
    const serviceId = bills[0]!.bill.serviceId;
    const month = { fromInstant: settlementDayBounds(day).from, toInstant: settlementDayBounds(day).to };
    const rows = await revenueRows({ agencyIds: null, serviceId }, month, true);
    expect(rows).toEqual([
      {
        agencyCode: "DISDUKCAPIL",
        agencyName: expect.any(String),
        serviceSlug: serviceSlug,
        serviceName: expect.any(String),
        month: day.slice(0, 7),
        payments: 5,
        amount: 150000,
        refunded: 0,
      },
    ]);
    const otherDay = uniqueDay();
    const few = await billed();
    await pay(few.bill, new Date(`${otherDay}T09:00:00+07:00`));
    const fewInstants = { fromInstant: settlementDayBounds(otherDay).from, toInstant: settlementDayBounds(otherDay).to };
    expect(await revenueRows({ agencyIds: null, serviceId }, fewInstants, true)).toMatchObject([{ payments: "<5", amount: null, refunded: null }]);
    expect(await revenueRows({ agencyIds: null, serviceId }, fewInstants, false)).toMatchObject([{ payments: 1, amount: 30000 }]);
    expect(await revenueRows({ agencyIds: [], serviceId }, fewInstants, true)).toEqual([]);
  });
});
