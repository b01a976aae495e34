import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { settleFromProvider } from "@/lib/applications/payment-callback";
import { approveApplication } from "@/lib/applications/use-cases/decide-application";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { continueAfterPayment } from "@/lib/applications/use-cases/continue-after-payment";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import type { FeeRule } from "@/lib/payments/fee-rule";
import { providerEndpoint } from "@/lib/payments/providers/registry";
import { signAccessTokenRequest, signTransaction, snapTimestamp } from "@/lib/payments/providers/snap-signature";
import { simulatorBankKeys, snapCredentials } from "@/lib/payments/providers/snap";
import { approveRefund } from "@/lib/payments/use-cases/approve-refund";
import { db } from "@/lib/platform/db";
import { pruneExpiredHistory, SNAP_EXTERNAL_ID_KEEP_DAYS } from "@/lib/platform/retention";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, rejectionOf, startDraft, type UserActor } from "@/tests/fixtures/applications";
import { publishedTestService } from "@/tests/fixtures/catalog";
import { ownerDb } from "@/tests/fixtures/owner-db";

const t = (id: string, en: string) => ({ id, en });
const FIXED: FeeRule = {
  computation: { kind: "fixed", amount: 30000, label: t("PNBP", "Fee") },
  trigger: "submission",
  legalBasis: t("PP 76/2020", "GR 76/2020"),
  validDays: 7,
};
const COMPUTED: FeeRule = {
  computation: {
    kind: "formula",
    label: t("Retribusi", "Levy"),
    expression: "size * unitPrice",
    constants: { unitPrice: "12500" },
    lookups: { size: { field: "reason", values: { besar: "2.5", kecil: "1" } } },
    rounding: { mode: "down", step: 100 },
  },
  trigger: "verification",
  legalBasis: t("Perda 1/2024", "Regional Regulation 1/2024"),
  validDays: 7,
};

let officer: UserActor;
const serviceSlugs: Record<"fixed" | "computed", string> = { fixed: "", computed: "" };

/** A published test service whose standard carries `rule` (set as the owner: the portal's role never edits a published version). */
async function serviceWithRule(rule: FeeRule): Promise<string> {
  const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  const service = await publishedTestService(admin);
  const row = await db.service.findUniqueOrThrow({
    where: { id: service.id },
    select: { slug: true, currentVersion: { select: { id: true, standard: true } } },
  });
  const standard = { ...(row.currentVersion!.standard as object), feeRule: rule };
  await ownerDb().serviceStandardVersion.update({ where: { id: row.currentVersion!.id }, data: { standard } });
  return row.slug;
}

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  serviceSlugs.fixed = await serviceWithRule(FIXED);
  serviceSlugs.computed = await serviceWithRule(COMPUTED);
});

async function submitted(kind: "fixed" | "computed", reason = "besar", now = new Date()) {
  const citizen = await createCitizen();
  const { id } = await startDraft(citizen.actor, { serviceSlug: serviceSlugs[kind] });
  await saveDraft(citizen.actor, id, { reason });
  await submitApplication(citizen.actor, id, {}, { ip: null, now });
  return { citizen, id };
}

const application = (id: string) =>
  db.application.findUniqueOrThrow({ where: { id }, select: { status: true, pauseStartedAt: true, dueAt: true, pausedMs: true } });
const billOf = (applicationId: string) => db.bill.findFirstOrThrow({ where: { applicationId } });

/** A SNAP call as the simulator bank makes it, through the same handler the route uses. */
async function snap(endpoint: string, body: Record<string, unknown> | string, options: { tamper?: boolean; now?: Date; externalId?: string } = {}) {
  const now = options.now ?? new Date();
  const { clientId, clientSecret } = snapCredentials();
  const timestamp = snapTimestamp(now);
  const tokenResponse = await providerEndpoint("snap", "v1.0/access-token/b2b")!(
    {
      method: "POST",
      path: "/api/pembayaran/snap/v1.0/access-token/b2b",
      headers: {
        "x-timestamp": timestamp,
        "x-client-key": clientId,
        "x-signature": signAccessTokenRequest(simulatorBankKeys().privateKey, clientId, timestamp),
      },
      body: JSON.stringify({ grantType: "client_credentials" }),
      ip: null,
    },
    now,
  );
  const accessToken = tokenResponse.body.accessToken as string;
  const path = `/api/pembayaran/snap/${endpoint}`;
  // Pretty-printed on purpose: the signature is over the minified body.
  const raw = typeof body === "string" ? body : JSON.stringify(body, null, 2);
  const signature = signTransaction(clientSecret, { method: "POST", path, accessToken, body: raw, timestamp });
  return settleFromProvider(
    providerEndpoint("snap", endpoint)!,
    {
      method: "POST",
      path,
      headers: {
        authorization: `Bearer ${accessToken}`,
        "x-timestamp": timestamp,
        "x-partner-id": clientId,
        "x-external-id": options.externalId ?? randomUUID().replace(/-/g, "").slice(0, 32),
        "channel-id": "95231",
        "x-signature": options.tamper ? signature.replace(/^./, (c) => (c === "A" ? "B" : "A")) : signature,
      },
      body: raw,
      ip: "203.0.113.77",
    },
    now,
  );
}

function paymentBody(bill: { virtualAccountNo: string; amount: number }, reference: string, amount = bill.amount) {
  return {
    partnerServiceId: bill.virtualAccountNo.slice(0, 8),
    customerNo: bill.virtualAccountNo.slice(8),
    virtualAccountNo: bill.virtualAccountNo,
    virtualAccountName: "SatuPintu",
    paymentRequestId: reference,
    paidAmount: { value: `${amount}.00`, currency: "IDR" },
    trxDateTime: snapTimestamp(new Date()),
  };
}

describe("a fee billed at submission", () => {
  it("issues the bill with the submission, pauses the clock, and the payment moves the case to the queue", async () => {
    const { citizen, id } = await submitted("fixed");
    const waiting = await application(id);
    expect(waiting.status).toBe("AWAITING_PAYMENT");
    expect(waiting.pauseStartedAt).not.toBeNull();
    const bill = await billOf(id);
    expect(bill).toMatchObject({ status: "ISSUED", amount: 30000, trigger: "submission" });
    expect(bill.virtualAccountNo).toMatch(/^ {3}88899\d{12}$/);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.billIssued", link: `/bayar/${bill.code}` } })).toBe(1);

    const inquiry = await snap("v1.0/transfer-va/inquiry", { virtualAccountNo: bill.virtualAccountNo, inquiryRequestId: "INQ1" });
    expect(inquiry.status).toBe(200);
    expect(inquiry.body).toMatchObject({
      responseCode: "2002400",
      virtualAccountData: { totalAmount: { value: "30000.00", currency: "IDR" }, virtualAccountTrxType: "C" },
    });

    const paid = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    expect(paid.body).toMatchObject({ responseCode: "2002500", virtualAccountData: { paymentFlagStatus: "00" } });
    expect((await billOf(id)).status).toBe("PAID");
    const moved = await application(id);
    expect(moved.status).toBe("SUBMITTED");
    expect(moved.pauseStartedAt).toBeNull();
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "paymentReceived" } })).toBe(1);
  });

  it("pays once when the same notification arrives twice, also concurrently", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    const reference = `REF-${randomUUID()}`;
    const answers = await Promise.all([1, 2, 3].map(() => snap("v1.0/transfer-va/payment", paymentBody(bill, reference))));
    expect(answers.map((answer) => answer.body.responseCode)).toEqual(["2002500", "2002500", "2002500"]);
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect(await db.refund.count({ where: { billId: bill.id } })).toBe(0);
    // The queued job finds the case already moved and does nothing.
    expect(await continueAfterPayment(bill.id)).toEqual({ moved: false });
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "paymentReceived" } })).toBe(1);
  });

  it("keeps X-EXTERNAL-ID unique per partner per day: a repeat is answered the same, a reuse for another request is a 409 conflict", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    const externalId = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
    const raw = JSON.stringify(paymentBody(bill, `REF-${randomUUID()}`));
    const first = await snap("v1.0/transfer-va/payment", raw, { externalId });
    expect(first).toMatchObject({ status: 200, body: { responseCode: "2002500" } });
    // The bank's retry of the very request: the first answer again, nothing run twice.
    const again = await Promise.all([1, 2].map(() => snap("v1.0/transfer-va/payment", raw, { externalId })));
    expect(again).toEqual([first, first]);
    // The same id for another payment, or for an inquiry, the same day: refused, nothing recorded.
    const other = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`), { externalId });
    expect(other).toEqual({ status: 409, body: { responseCode: "4092500", responseMessage: "Conflict" } });
    const inquiry = await snap("v1.0/transfer-va/inquiry", { virtualAccountNo: bill.virtualAccountNo }, { externalId });
    expect(inquiry.body.responseCode).toBe("4092400");
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "payment.refused", data: { path: ["externalId"], equals: externalId } } })).toBe(2);
    // Another day, the id is free again; the retention job lets the old rows go.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const nextDay = await snap("v1.0/transfer-va/inquiry", { virtualAccountNo: bill.virtualAccountNo }, { externalId, now: tomorrow });
    expect(nextDay.body.responseCode).toBe("4042414");
    expect(await db.snapExternalId.count({ where: { externalId } })).toBe(2);
    await pruneExpiredHistory(db, new Date(Date.now() + (SNAP_EXTERNAL_ID_KEEP_DAYS + 2) * 86_400_000));
    expect(await db.snapExternalId.count({ where: { externalId } })).toBe(0);
  });

  it("records a second, different payment of a paid bill as a double payment to refund", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    const second = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    expect(second.body.responseCode).toBe("2002500");
    expect(await db.payment.findMany({ where: { billId: bill.id }, select: { outcome: true }, orderBy: { receivedAt: "asc" } })).toEqual([
      { outcome: "SETTLED" },
      { outcome: "DOUBLE" },
    ]);
    expect(await db.refund.findFirst({ where: { billId: bill.id }, select: { reason: true, amount: true, approvedAt: true } })).toEqual({
      reason: "doublePayment",
      amount: 30000,
      approvedAt: null,
    });
  });

  it("refunds the double payment only on the agency supervisor's approval, once", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    const refund = await db.refund.findFirstOrThrow({ where: { billId: bill.id } });
    expect(await rejectionOf(approveRefund(officer, refund.id, { ip: null }))).toMatchObject({ code: "NOT_FOUND" });
    const supervisor = await actorFor({ email: "supervisor.disdukcapil@harapanjaya.go.id" });
    expect(await approveRefund(supervisor, refund.id, { ip: null })).toEqual({ approved: true });
    expect(await approveRefund(supervisor, refund.id, { ip: null })).toEqual({ approved: false });
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id }, select: { approvedById: true } })).toEqual({ approvedById: supervisor.id });
    // The bill's own payment stands: the bill stays paid.
    expect((await billOf(id)).status).toBe("PAID");
  });

  it("refuses a wrong signature, a wrong amount and an unknown account, paying nothing and auditing each", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    const before = await db.auditEvent.count({ where: { action: { in: ["payment.refused", "payment.rejected"] } } });

    const forged = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`), { tamper: true });
    expect(forged.status).toBe(401);
    expect(forged.body.responseCode).toBe("4012500");
    const short = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`, 3000));
    expect(short.body.responseCode).toBe("4042513");
    const unknown = await snap("v1.0/transfer-va/payment", paymentBody({ virtualAccountNo: "   88899999999999999", amount: 30000 }, `REF-${randomUUID()}`));
    expect(unknown.body.responseCode).toBe("4042512");

    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(0);
    expect((await billOf(id)).status).toBe("ISSUED");
    expect((await application(id)).status).toBe("AWAITING_PAYMENT");
    expect(await db.auditEvent.count({ where: { action: { in: ["payment.refused", "payment.rejected"] } } })).toBe(before + 3);
  });

  it("records a payment after expiry and flags it for refund; the case keeps waiting", async () => {
    const { id } = await submitted("fixed");
    const bill = await billOf(id);
    const afterExpiry = new Date(bill.expiresAt.getTime() + 60_000);
    const late = await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`), { now: afterExpiry });
    expect(late.body.responseCode).toBe("2002500");
    expect(await db.payment.findFirst({ where: { billId: bill.id }, select: { outcome: true } })).toEqual({ outcome: "LATE" });
    expect((await billOf(id)).status).toBe("EXPIRED");
    expect(await db.refund.count({ where: { billId: bill.id, reason: "latePayment" } })).toBe(1);
    expect((await application(id)).status).toBe("AWAITING_PAYMENT");

    const inquiry = await snap("v1.0/transfer-va/inquiry", { virtualAccountNo: bill.virtualAccountNo }, { now: afterExpiry });
    expect(inquiry.body.responseCode).toBe("4042419");
  });

  it("cancels the unpaid bill when the citizen withdraws", async () => {
    const { citizen, id } = await submitted("fixed");
    await withdrawApplication(citizen.actor, id, {}, { ip: null });
    expect((await billOf(id)).status).toBe("CANCELLED");
  });
});

describe("a fee computed after verification", () => {
  it("bills the amount the formula gives for the verified answers when the officer approves, and approves once paid", async () => {
    const { id } = await submitted("computed", "besar");
    expect((await application(id)).status).toBe("SUBMITTED");
    await claimApplication(officer, id, { ip: null });
    await approveApplication(officer, id, {}, { ip: null });
    expect((await application(id)).status).toBe("AWAITING_PAYMENT");
    const bill = await billOf(id);
    // 2.5 × 12,500 = 31,250 → rounded down to the hundred.
    expect(bill).toMatchObject({ amount: 31200, trigger: "verification" });
    expect(bill.breakdown).toMatchObject({ inputs: [{ name: "size", value: "2.5" }] });

    await snap("v1.0/transfer-va/payment", paymentBody(bill, `REF-${randomUUID()}`));
    expect((await application(id)).status).toBe("APPROVED");
  });
});
