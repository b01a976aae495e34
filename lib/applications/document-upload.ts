import "server-only";
import { sha256Hex } from "@/lib/documents/hash";
import { sanitizeUpload } from "@/lib/documents/image-sanitize";
import { documentStorage, newStorageKey } from "@/lib/documents/storage";
import { checkUpload, mbToBytes, probeOf } from "@/lib/documents/upload-rules";
import type { AuditEntry } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import type { CaseDocuments } from "./data";
import { editableDocumentField } from "./document-rules";
import type { FileField } from "@/lib/catalog/form-schema";

/**
 * How a citizen's document gets in: the bytes are checked and stored first,
 * outside any transaction (re-encoding an image and writing to object storage
 * take a while, and must not hold the application's row lock or a database
 * connection); the row is written after, inside the caller's transaction with
 * the rules checked again under the row lock. So a row never points at a
 * missing file, and a file whose row never came is removed by the caller
 * (discardStored) or, after a crash, by the orphan sweep.
 */

/** Generous for a citizen filling a form (a few files, some replaced); a script storing junk stops here. */
export const UPLOADS_PER_USER = { limit: 60, windowMs: 10 * 60_000 };
export const UPLOADS_PER_IP = { limit: 200, windowMs: 10 * 60_000 };

export type UploadInput = { applicationId: string; fieldKey: string; fileName: string; bytes: Uint8Array };
export type StoredUpload = { input: UploadInput; fileName: string; mimeType: string; sizeBytes: number; sha256: string; storageKey: string };
export type UploadedDocument = { id: string; fieldKey: string | null; fileName: string; mimeType: string; sizeBytes: number };

function checkAgainst(application: Pick<CaseDocuments, "documents">, field: FileField, input: UploadInput) {
  const othersBytes = application.documents.filter((document) => document.fieldKey !== field.key).reduce((sum, document) => sum + document.sizeBytes, 0);
  const check = checkUpload(
    probeOf(input.bytes, input.fileName),
    { accept: field.accept, maxSizeMb: field.maxSizeMb },
    { currentApplicationBytes: othersBytes, maxApplicationBytes: mbToBytes(env().UPLOAD_MAX_APPLICATION_MB) },
  );
  if (!check.ok) throw new AppError("INVALID", check.messageKey, { [field.key]: [check.messageKey] });
  return check;
}

/**
 * Checks one file against the field and the application as read outside the
 * transaction (loadCitizenCaseDocuments), and
 * stores it (images re-encoded, without metadata or appended data). Counts
 * against the uploader's limits only once the actor is known to own the case.
 */
export async function storeUpload(preview: CaseDocuments, input: UploadInput, context: { ip: string | null }): Promise<StoredUpload> {
  await enforceRateLimits(db, [
    { key: `upload:user:${preview.citizenId}`, rule: UPLOADS_PER_USER },
    ...(context.ip ? [{ key: `upload:ip:${context.ip}`, rule: UPLOADS_PER_IP }] : []),
  ]);
  const check = checkAgainst(preview, await editableDocumentField(db, preview, input.fieldKey), input);
  const bytes = await sanitizeUpload(input.bytes, check.mimeType, input.fieldKey);
  const storageKey = newStorageKey("applications");
  await documentStorage().put(storageKey, bytes, check.mimeType);
  return { input, fileName: check.fileName, mimeType: check.mimeType, sizeBytes: bytes.length, sha256: sha256Hex(bytes), storageKey };
}

/**
 * Writes the row of a stored file, replacing the field's earlier document,
 * after checking the rules again on the application read under the row lock
 * (a submission, a second upload or a removal may have run meanwhile).
 * Returns the application's documents as they now are, the storage keys to
 * delete once the transaction commits, and the audit entry for the caller to
 * write last (the audit chain's lock is held from then until the commit).
 */
export async function recordUpload(tx: Tx, application: CaseDocuments, stored: StoredUpload, context: { ip: string | null }) {
  const field = await editableDocumentField(tx, application, stored.input.fieldKey);
  checkAgainst(application, field, stored.input);
  const replaced = await tx.document.findMany({
    where: { applicationId: application.id, fieldKey: field.key, kind: "UPLOAD" },
    select: { id: true, storageKey: true },
  });
  await tx.document.deleteMany({ where: { id: { in: replaced.map((row) => row.id) } } });
  const document = await tx.document.create({
    data: {
      applicationId: application.id,
      uploaderId: application.citizenId,
      fieldKey: field.key,
      fileName: stored.fileName,
      mimeType: stored.mimeType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      documentType: field.documentType ?? null,
    },
    select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
  });
  const replacedIds = new Set(replaced.map((row) => row.id));
  return {
    document,
    documents: [...application.documents.filter((candidate) => !replacedIds.has(candidate.id)), document],
    replacedKeys: replaced.map((row) => row.storageKey),
    audit: {
      agencyId: application.agencyId,
      actorId: application.citizenId,
      actorRole: application.actingRole,
      action: "document.uploaded",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { documentId: document.id, fieldKey: field.key, sizeBytes: document.sizeBytes, replaced: replaced.length },
    } satisfies AuditEntry,
  };
}

/**
 * Removes an uploaded document's row while the field is the citizen's to
 * change; returns its storage key to delete after commit, and the audit entry
 * for the caller to write last.
 */
export async function removeUpload(tx: Tx, application: CaseDocuments, documentId: string, context: { ip: string | null }) {
  const document = application.documents.find((candidate) => candidate.id === documentId);
  if (!document?.fieldKey) throw new AppError("NOT_FOUND", "error.notFound");
  await editableDocumentField(tx, application, document.fieldKey);
  const row = await tx.document.delete({ where: { id: document.id }, select: { storageKey: true } });
  return {
    documents: application.documents.filter((candidate) => candidate.id !== document.id),
    storageKey: row.storageKey,
    audit: {
      agencyId: application.agencyId,
      actorId: application.citizenId,
      actorRole: application.actingRole,
      action: "document.removed",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { documentId: document.id, fieldKey: document.fieldKey },
    } satisfies AuditEntry,
  };
}

/** Deletes stored files no row points at (any more); a failed delete is left to the orphan sweep. */
export async function discardStored(storageKeys: readonly string[]): Promise<void> {
  const storage = documentStorage();
  await Promise.allSettled(storageKeys.map((key) => storage.delete(key)));
}
