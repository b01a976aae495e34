import { z } from "zod";
import { canonicalJson, pdfSignatureSchema } from "@/lib/outputs/canonical-record";

/**
 * The record the portal signs when it issues a payment receipt (bukti bayar):
 * like an output's (lib/outputs/canonical-record.ts), Ed25519 by the same key
 * over its canonical JSON, naming the bill, the amount, when it was paid, the
 * agency and the SHA-256 of the PAdES-signed receipt PDF. No personal data: a
 * receipt code answers "this bill was paid", not who paid it.
 *
 * Version 2: receipts downloaded before had no code and no record in the
 * database; their printed Ed25519 signature is over the version 1 form
 * (lib/outputs/payment-pdf.ts `legacyReceiptRecord`) and keeps checking
 * against the published key.
 */
export const RECEIPT_RECORD_VERSION = 2;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const receiptRecordSchema = z.strictObject({
  kind: z.literal("paymentReceipt"),
  v: z.literal(RECEIPT_RECORD_VERSION),
  receiptId: z.string().min(1).max(64),
  verificationCode: z.string().min(1).max(32),
  billCode: z.string().min(1).max(64),
  trackingNumber: z.string(),
  service: z.strictObject({ nameId: z.string().min(1), nameEn: z.string().min(1) }),
  agencyCode: z.string().min(1),
  amount: z.number().int().nonnegative(),
  paidAt: z.iso.datetime({ precision: 3 }),
  issuedAt: z.iso.datetime({ precision: 3 }),
  pdfSha256: sha256HexSchema,
  pdfSignature: pdfSignatureSchema,
});
export type ReceiptRecord = z.infer<typeof receiptRecordSchema>;

export function parseReceiptRecord(json: unknown): ReceiptRecord | null {
  const parsed = receiptRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The exact bytes that are signed. */
export function receiptRecordBytes(record: ReceiptRecord): Uint8Array {
  return new TextEncoder().encode(canonicalJson(record));
}

export function buildReceiptRecord(input: Omit<ReceiptRecord, "kind" | "v" | "paidAt" | "issuedAt"> & { paidAt: Date; issuedAt: Date }): ReceiptRecord {
  return receiptRecordSchema.parse({
    ...input,
    kind: "paymentReceipt",
    v: RECEIPT_RECORD_VERSION,
    service: { nameId: input.service.nameId, nameEn: input.service.nameEn },
    paidAt: input.paidAt.toISOString(),
    issuedAt: input.issuedAt.toISOString(),
  });
}
