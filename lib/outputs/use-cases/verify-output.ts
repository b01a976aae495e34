import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { sha256Hex } from "@/lib/documents/hash";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { expiryOf, validityMonthsOf } from "@/lib/wallet/validity";
import { parseOutputRecord } from "../canonical-record";
import { verifyRecord } from "../signing";
import { normalizeVerificationCode } from "../verification-code";
import type { VerificationResult } from "../verification-result";

// A bank or a school desk may check many documents from one address; guessing a 60-bit code stays hopeless.
const CHECKS_PER_IP_PER_10_MIN = 60;
// Output PDFs are a few kilobytes; a larger upload cannot be one, and is not worth hashing.
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const UNKNOWN: VerificationResult = { state: "unknown" };

const outputSelect = {
  id: true,
  verificationCode: true,
  sha256: true,
  canonicalRecord: true,
  signature: true,
  keyId: true,
  revokedAt: true,
  revokedReason: true,
  application: { select: { standardVersion: { select: { standard: true } } } },
} satisfies Prisma.OutputDocumentSelect;
type OutputRow = Prisma.OutputDocumentGetPayload<{ select: typeof outputSelect }>;

async function checkRateLimit(ip: string | null) {
  if (!ip) return;
  const checks = await hitRateLimit(db, `verify:ip:${ip}`, { limit: CHECKS_PER_IP_PER_10_MIN, windowMs: 600_000 });
  if (checks > CHECKS_PER_IP_PER_10_MIN) throw new AppError("RATE_LIMITED", "error.rateLimited");
}

/**
 * A row whose record does not verify was edited outside the portal (or signed
 * with a key this portal no longer holds). The visitor just gets "unknown";
 * staff learn of it through the audit log, once an hour per document so that
 * repeated checks cannot flood the log.
 */
async function reportIntegrityFailure(row: OutputRow) {
  log.error({ outputDocumentId: row.id }, "output document: stored record does not verify against its signature");
  const firstThisHour = (await hitRateLimit(db, `verify:integrity:${row.id}`, { limit: 1, windowMs: 3_600_000 })) === 1;
  if (!firstThisHour) return;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      action: "output.integrityFailure",
      entityType: "OutputDocument",
      entityId: row.id,
      data: { keyId: row.keyId, sha256: row.sha256 },
    }),
  );
}

/**
 * The answer for a stored document. "valid" or "revoked" only when the stored
 * record parses, agrees with the row it sits in (id, code, file hash) and its
 * signature verifies with the portal's public key; the details shown are the
 * signed ones. Revocation itself is not signed (it happens later): it is
 * written with an audit entry, and a revoked row only ever makes the answer
 * less favourable. A document past the validity its service declares is
 * "expired" (a revoked one stays "revoked": the stronger reason).
 */
async function answerFor(row: OutputRow | null, now: Date): Promise<VerificationResult> {
  if (!row) return UNKNOWN;
  const record = parseOutputRecord(row.canonicalRecord);
  const intact =
    !!record &&
    record.documentId === row.id &&
    record.verificationCode === row.verificationCode &&
    record.pdfSha256 === row.sha256 &&
    verifyRecord(record, row.signature, row.keyId);
  if (!record || !intact) {
    await reportIntegrityFailure(row);
    return UNKNOWN;
  }
  const agency = await db.agency.findUnique({
    where: { code: record.agencyCode },
    select: { nameId: true, nameEn: true, timezone: true },
  });
  // Expiry is data (the standard the application was filed under declares outputValidityMonths), counted from the signed issue time.
  const expiresAt = expiryOf(new Date(record.issuedAt), validityMonthsOf(row.application.standardVersion.standard));
  return {
    state: row.revokedAt ? "revoked" : expiresAt && expiresAt <= now ? "expired" : "valid",
    record,
    issuedAt: new Date(record.issuedAt),
    expiresAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedAt ? row.revokedReason : null,
    agency,
    signature: row.signature,
    keyId: row.keyId,
  };
}

/** Verification by the code printed on the document (typed, or opened from its QR code). */
export async function verifyOutputByCode(actor: Actor, code: unknown, context: { ip: string | null; now?: Date }): Promise<VerificationResult> {
  authorize(actor, "output.verify");
  await checkRateLimit(context.ip);
  const normalized = typeof code === "string" ? normalizeVerificationCode(code) : null;
  if (!normalized) return UNKNOWN;
  return answerFor(await db.outputDocument.findUnique({ where: { verificationCode: normalized }, select: outputSelect }), context.now ?? new Date());
}

/**
 * Verification by the PDF itself: only the exact bytes issued match, by their
 * SHA-256. Any other file (edited, re-saved, printed and scanned) is "unknown".
 * The bytes are hashed and forgotten, never stored or parsed.
 */
export async function verifyOutputByFile(actor: Actor, bytes: Uint8Array, context: { ip: string | null; now?: Date }): Promise<VerificationResult> {
  authorize(actor, "output.verify");
  await checkRateLimit(context.ip);
  if (bytes.length === 0 || bytes.length > MAX_FILE_BYTES) return UNKNOWN;
  return answerFor(await db.outputDocument.findUnique({ where: { sha256: sha256Hex(bytes) }, select: outputSelect }), context.now ?? new Date());
}

/**
 * The same answer for a document the portal itself holds a reference to (a
 * wallet document reused in another application, DESIGN.md §16): no rate
 * limit, since no visitor types anything; the caller has authorised the read.
 */
export async function verifyStoredOutput(outputDocumentId: string): Promise<VerificationResult> {
  return answerFor(await db.outputDocument.findUnique({ where: { id: outputDocumentId }, select: outputSelect }), new Date());
}
