import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { sha256Hex } from "@/lib/documents/hash";
import { documentStorage, newStorageKey } from "@/lib/documents/storage";
import { Prisma } from "@/lib/generated/prisma/client";
import { pdfSignatureSummary } from "@/lib/outputs/pades/pades";
import { SignerUnavailableError } from "@/lib/outputs/pades/signer";
import { renderReceiptPdf } from "@/lib/outputs/payment-pdf";
import { signBytes } from "@/lib/outputs/signing";
import { newVerificationCode } from "@/lib/outputs/verification-code";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import type { ServedFile } from "@/lib/platform/http";
import { loadBillForViewer } from "@/lib/payments/queries";
import { isSettled } from "@/lib/payments/workflow";
import { buildReceiptRecord, receiptRecordBytes } from "../receipt-record";

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function storedReceipt(paymentId: string) {
  return db.paymentReceipt.findUnique({ where: { paymentId }, select: { id: true, verificationCode: true, storageKey: true } });
}

async function served(storageKey: string, billCode: string): Promise<ServedFile> {
  const stored = await documentStorage().get(storageKey);
  if (!stored) throw new AppError("NOT_FOUND", "error.notFound");
  return { body: stored.body, size: stored.size, fileName: `bukti-bayar-${billCode}.pdf`, mimeType: "application/pdf" };
}

/**
 * The receipt (bukti bayar) of a paid bill, for whoever may see the bill
 * (policy "bill.view"). Issued once, on first download: the PDF is rendered
 * with a verification code and a QR code to /verifikasi/<code>, PAdES-signed
 * by the agency's seal, stored, and its record signed (Ed25519, like an
 * output's) — the row and its audit entry in one transaction. Every later
 * download serves the same file. Two first downloads at once both render, the
 * unique payment id lets one row in, and the other serves the winner's file.
 * A signer or TSA outage issues nothing ("try again"); nothing unsigned is served.
 */
export async function openReceipt(actor: Actor, billCode: string, context: { ip: string | null; now?: Date }): Promise<ServedFile> {
  const bill = await loadBillForViewer(actor, billCode);
  const payment = bill.settledPayment;
  if (!isSettled(bill.status) || !payment) throw new AppError("NOT_FOUND", "error.notFound");
  const existing = await storedReceipt(payment.id);
  if (existing) return served(existing.storageKey, bill.code);

  const now = context.now ?? new Date();
  const agency = await db.agency.findUniqueOrThrow({ where: { id: bill.agencyId }, select: { code: true } });
  const receiptId = randomUUID();
  const verificationCode = newVerificationCode();
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  let pdf: Uint8Array;
  try {
    pdf = await renderReceiptPdf(bill, {
      verificationCode,
      verificationUrl: `${base}/verifikasi/${verificationCode}`,
      verificationPageUrl: `${base}/verifikasi`,
      issuedAt: now,
      agencyCode: agency.code,
    });
  } catch (error) {
    if (error instanceof SignerUnavailableError) throw new AppError("UNAVAILABLE", "receipt.signerUnavailable");
    throw error;
  }
  const sha256 = sha256Hex(pdf);
  const record = buildReceiptRecord({
    receiptId,
    verificationCode,
    billCode: bill.code,
    trackingNumber: bill.application.trackingNumber ?? "",
    service: bill.application.service,
    agencyCode: agency.code,
    amount: payment.amount,
    paidAt: payment.receivedAt,
    issuedAt: now,
    pdfSha256: sha256,
    pdfSignature: await pdfSignatureSummary(pdf),
  });
  const { signature, keyId } = signBytes(receiptRecordBytes(record));
  const storage = documentStorage();
  const storageKey = newStorageKey("receipts", now);
  await storage.put(storageKey, pdf, "application/pdf");
  try {
    await db.$transaction(async (tx) => {
      await tx.paymentReceipt.create({
        data: { id: receiptId, paymentId: payment.id, verificationCode, storageKey, sha256, canonicalRecord: record, signature, keyId, issuedAt: now },
      });
      await recordAudit(tx, {
        agencyId: bill.agencyId,
        actorId: actor.kind === "user" ? actor.id : null,
        action: "payment.receiptIssued",
        entityType: "PaymentReceipt",
        entityId: receiptId,
        ip: context.ip,
        data: { billCode: bill.code, paymentId: payment.id, verificationCode, sha256, keyId, signature },
      });
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    if (isUniqueViolation(error)) {
      const winner = await storedReceipt(payment.id);
      if (winner) return served(winner.storageKey, bill.code);
    }
    throw error;
  }
  return { body: new Blob([new Uint8Array(pdf)]).stream(), size: pdf.byteLength, fileName: `bukti-bayar-${bill.code}.pdf`, mimeType: "application/pdf" };
}
