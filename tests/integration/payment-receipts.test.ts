import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { readDocumentSecurityStore } from "@/lib/outputs/pades/dss";
import { portalCaCertificatePem } from "@/lib/outputs/pades/portal-pki";
import { SignerUnavailableError, useSignerForTests } from "@/lib/outputs/pades/signer";
import { startSigningServiceSimulator, type SimulatedServices } from "@/lib/outputs/pades/signing-service-simulator";
import { useTimestampAuthorityForTests } from "@/lib/outputs/pades/timestamp";
import { presentedView, verifyPresentedCode, verifyPresentedFile } from "@/lib/outputs/verify-presented";
import { parseReceiptRecord } from "@/lib/outputs/receipt-record";
import { openReceipt } from "@/lib/outputs/use-cases/issue-receipt";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { translator } from "@/lib/platform/i18n/messages";
import { actorFor, createCitizen, KTP_SLUG, readAll, rejectionOf } from "@/tests/fixtures/applications";
import { nssDatabaseTrusting, pdfsig, qpdfCheck, writeTemp } from "@/tests/support/pdf-tools";

/**
 * Payment receipts (issue 20 item 4, issue 22 item 1): issued once, PAdES-signed,
 * and verifiable on /verifikasi/<code> like an output document.
 */

let services: SimulatedServices;
const context = { ip: null };

beforeAll(async () => {
  services = await startSigningServiceSimulator();
});
afterAll(async () => {
  useTimestampAuthorityForTests(undefined);
  useSignerForTests(null);
  await services.close();
});

/** A paid bill of a fresh citizen's application (the payment flow itself is tests/integration/payments.test.ts's). */
async function paidBill() {
  const citizen = await createCitizen();
  const service = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, select: { id: true, agencyId: true, currentVersionId: true } });
  const n = randomInt(1, 1e9);
  const paidAt = new Date(Date.now() - 3_600_000);
  const application = await db.application.create({
    data: {
      citizenId: citizen.actor.id,
      serviceId: service.id,
      agencyId: service.agencyId,
      standardVersionId: service.currentVersionId!,
      status: "SUBMITTED",
      trackingNumber: `RCPT-${n}`,
      submittedAt: paidAt,
    },
    select: { id: true },
  });
  const bill = await db.bill.create({
    data: {
      code: `TG-RCPT-${n}`,
      applicationId: application.id,
      agencyId: service.agencyId,
      serviceId: service.id,
      status: "PAID",
      trigger: "submission",
      amount: 30_000,
      breakdown: { lines: [{ label: { id: "PNBP", en: "Fee" }, amount: 30_000 }], inputs: [] },
      legalBasis: { id: "PP 76/2020", en: "GR 76/2020" },
      virtualAccountNo: `8889${String(n).padStart(12, "0")}`,
      issuedAt: new Date(paidAt.getTime() - 86_400_000),
      expiresAt: new Date(paidAt.getTime() + 6 * 86_400_000),
      paidAt,
    },
  });
  const payment = await db.payment.create({
    data: {
      billId: bill.id,
      provider: "simulator",
      providerReference: `REF-${n}`,
      amount: 30_000,
      outcome: "SETTLED",
      paidAt,
      receivedAt: paidAt,
      message: {},
    },
  });
  return { citizen: citizen.actor, bill, payment };
}

describe("payment receipts", () => {
  it("is issued once as a PAdES-signed PDF (pdfsig, qpdf) with a code that /verifikasi answers: receipt for the bill, amount, paid at, agency", async () => {
    useTimestampAuthorityForTests(services.tsaUrl);
    const { citizen, bill, payment } = await paidBill();
    const bytes = await readAll((await openReceipt(citizen, bill.code, context)).body);
    const file = writeTemp(bytes);
    const report = pdfsig(file, nssDatabaseTrusting(portalCaCertificatePem()));
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    expect(qpdfCheck(file).ok).toBe(true);
    expect((await readDocumentSecurityStore(bytes))?.crls).toHaveLength(1);

    const row = await db.paymentReceipt.findUniqueOrThrow({ where: { paymentId: payment.id } });
    expect(Buffer.from(bytes).toString("latin1")).toContain(row.verificationCode);
    expect(parseReceiptRecord(row.canonicalRecord)).toMatchObject({ billCode: bill.code, amount: 30_000, pdfSignature: { format: "PAdES-B-LT" } });
    expect(await db.auditEvent.count({ where: { action: "payment.receiptIssued", entityId: row.id } })).toBe(1);

    // Downloaded again: the same file, still one receipt.
    const again = await readAll((await openReceipt(citizen, bill.code, context)).body);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(await db.paymentReceipt.count({ where: { paymentId: payment.id } })).toBe(1);

    const answer = await verifyPresentedCode(ANONYMOUS, row.verificationCode.toLowerCase(), context);
    expect(answer).toMatchObject({ kind: "receipt", result: { state: "valid" } });
    const view = presentedView(answer, "code", "en", translator("en"));
    expect(view.title).toBe("Valid payment receipt");
    expect(Object.fromEntries(view.details.map((detail) => [detail.label, detail.value]))).toMatchObject({
      "Receipt for bill": bill.code,
      Amount: expect.stringMatching(/30[.,]000/),
      Paid: expect.any(String),
      "Issuing agency": expect.any(String),
    });
    // By the file too.
    expect((await verifyPresentedFile(ANONYMOUS, bytes, context)).result.state).toBe("valid");
  });

  it("two first downloads at once issue one receipt", async () => {
    useTimestampAuthorityForTests(undefined);
    const { citizen, bill, payment } = await paidBill();
    const [a, b] = await Promise.all([openReceipt(citizen, bill.code, context), openReceipt(citizen, bill.code, context)]);
    const [bytesA, bytesB] = [await readAll(a.body), await readAll(b.body)];
    expect(Buffer.from(bytesA).equals(Buffer.from(bytesB))).toBe(true);
    expect(await db.paymentReceipt.count({ where: { paymentId: payment.id } })).toBe(1);
  });

  it("says refunded once the payment was refunded; a tampered receipt, a changed file or an unknown code is unknown", async () => {
    useTimestampAuthorityForTests(undefined);
    const { citizen, bill, payment } = await paidBill();
    const bytes = await readAll((await openReceipt(citizen, bill.code, context)).body);
    const row = await db.paymentReceipt.findUniqueOrThrow({ where: { paymentId: payment.id } });

    await db.refund.create({
      data: {
        billId: bill.id,
        paymentId: payment.id,
        amount: 30_000,
        reason: "Permohonan ditolak setelah dibayar.",
        requestedAt: new Date(),
        approvedAt: new Date(),
      },
    });
    const refunded = await verifyPresentedCode(ANONYMOUS, row.verificationCode, context);
    expect(refunded).toMatchObject({ kind: "receipt", result: { state: "refunded" } });
    expect(presentedView(refunded, "code", "id", translator("id")).title).toBe("Pembayaran sudah dikembalikan");

    // Someone with database access raises the amount: the signature no longer matches.
    const record = parseReceiptRecord(row.canonicalRecord)!;
    await db.paymentReceipt.update({ where: { id: row.id }, data: { canonicalRecord: { ...record, amount: 3_000_000 } } });
    expect((await verifyPresentedCode(ANONYMOUS, row.verificationCode, context)).result).toEqual({ state: "unknown" });
    expect(await db.auditEvent.count({ where: { action: "payment.receiptIntegrityFailure", entityId: row.id } })).toBe(1);
    await db.paymentReceipt.update({ where: { id: row.id }, data: { canonicalRecord: record } });

    const changed = Buffer.from(bytes);
    changed[300] = changed[300]! ^ 0x01;
    expect((await verifyPresentedFile(ANONYMOUS, changed, context)).result).toEqual({ state: "unknown" });
    expect((await verifyPresentedCode(ANONYMOUS, "ZZZZ-ZZZZ-ZZZ0", context)).result).toEqual({ state: "unknown" });
  });

  it("a signer outage issues no receipt and says try again", async () => {
    const { citizen, bill, payment } = await paidBill();
    useSignerForTests({
      kind: "remote",
      signHash: async () => {
        throw new SignerUnavailableError("down");
      },
    });
    try {
      const error = await rejectionOf(openReceipt(citizen, bill.code, context));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).messageKey).toBe("receipt.signerUnavailable");
      expect(await db.paymentReceipt.count({ where: { paymentId: payment.id } })).toBe(0);
    } finally {
      useSignerForTests(null);
    }
  });

  it("is not found for another citizen, and an unpaid bill has no receipt", async () => {
    const { bill } = await paidBill();
    const stranger = await createCitizen();
    expect(((await rejectionOf(openReceipt(stranger.actor, bill.code, context))) as AppError).code).toBe("NOT_FOUND");
    await db.bill.update({ where: { id: bill.id }, data: { status: "ISSUED" } });
    const owner = await actorFor({ id: (await db.application.findUniqueOrThrow({ where: { id: bill.applicationId } })).citizenId });
    expect(((await rejectionOf(openReceipt(owner, bill.code, context))) as AppError).code).toBe("NOT_FOUND");
  });
});
