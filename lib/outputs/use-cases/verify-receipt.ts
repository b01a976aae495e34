import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { verifyStatement } from "@/lib/outputs/signing";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseReceiptRecord, receiptRecordBytes } from "../receipt-record";
import type { ReceiptVerificationResult } from "../receipt-verification";

const receiptSelect = {
  id: true,
  verificationCode: true,
  sha256: true,
  canonicalRecord: true,
  signature: true,
  keyId: true,
  payment: { select: { refunds: { where: { approvedAt: { not: null } }, select: { approvedAt: true }, take: 1 } } },
} as const;

/**
 * The answer for a stored receipt: "valid" or "refunded" only when its record
 * parses, agrees with its row (id, code, file hash) and its Ed25519 signature
 * verifies; anything else is "unknown", as for an output (and staff learn of
 * it through the audit log, once an hour per receipt). Refunded: the payment
 * it proves was paid back (an approved refund).
 *
 * No rate limit of its own: the verification page calls it only after
 * verifyOutputByCode/ByFile found no output, which counted the visitor's check.
 */
async function answerFor(
  row: {
    id: string;
    verificationCode: string;
    sha256: string;
    canonicalRecord: unknown;
    signature: string;
    keyId: string;
    payment: { refunds: { approvedAt: Date | null }[] };
  } | null,
): Promise<ReceiptVerificationResult> {
  if (!row) return { state: "unknown" };
  const record = parseReceiptRecord(row.canonicalRecord);
  const intact =
    !!record &&
    record.receiptId === row.id &&
    record.verificationCode === row.verificationCode &&
    record.pdfSha256 === row.sha256 &&
    verifyStatement(receiptRecordBytes(record), row.signature, row.keyId);
  if (!record || !intact) {
    log.error({ paymentReceiptId: row.id }, "payment receipt: stored record does not verify against its signature");
    if ((await hitRateLimit(db, `verify:integrity:${row.id}`, { limit: 1, windowMs: 3_600_000 })) === 1) {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          action: "payment.receiptIntegrityFailure",
          entityType: "PaymentReceipt",
          entityId: row.id,
          data: { keyId: row.keyId, sha256: row.sha256 },
        }),
      );
    }
    return { state: "unknown" };
  }
  const agency = await db.agency.findUnique({ where: { code: record.agencyCode }, select: { nameId: true, nameEn: true, timezone: true } });
  const refundedAt = row.payment.refunds[0]?.approvedAt ?? null;
  return { state: refundedAt ? "refunded" : "valid", record, agency, refundedAt, signature: row.signature, keyId: row.keyId };
}

/** A receipt by the code printed on it (normalised by the caller). */
export async function verifyReceiptByCode(actor: Actor, normalizedCode: string): Promise<ReceiptVerificationResult> {
  authorize(actor, "output.verify");
  return answerFor(await db.paymentReceipt.findUnique({ where: { verificationCode: normalizedCode }, select: receiptSelect }));
}

/** A receipt by its exact PDF bytes' SHA-256 (the caller hashed and size-checked the upload). */
export async function verifyReceiptByFileHash(actor: Actor, sha256: string): Promise<ReceiptVerificationResult> {
  authorize(actor, "output.verify");
  return answerFor(await db.paymentReceipt.findUnique({ where: { sha256 }, select: receiptSelect }));
}
