import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { sha256Hex } from "@/lib/documents/hash";
import { sanitizeUpload } from "@/lib/documents/image-sanitize";
import { documentStorage, newStorageKey } from "@/lib/documents/storage";
import { checkUpload, mbToBytes, probeOf } from "@/lib/documents/upload-rules";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { loadCitizenCase, loadLockedCitizenCase, type CitizenCase } from "../data";
import { editableDocumentField } from "../document-rules";

/** Generous for a citizen filling a form (a few files, some replaced); a script storing junk stops here. */
export const UPLOADS_PER_USER = { limit: 60, windowMs: 10 * 60_000 };
export const UPLOADS_PER_IP = { limit: 200, windowMs: 10 * 60_000 };

export type UploadInput = { applicationId: string; fieldKey: string; fileName: string; bytes: Uint8Array };

function checkAgainst(application: CitizenCase, field: Awaited<ReturnType<typeof editableDocumentField>>, input: UploadInput) {
  const othersBytes = application.documents
    .filter((document) => document.fieldKey !== field.key)
    .reduce((sum, document) => sum + document.sizeBytes, 0);
  const check = checkUpload(
    probeOf(input.bytes, input.fileName),
    { accept: field.accept, maxSizeMb: field.maxSizeMb },
    { currentApplicationBytes: othersBytes, maxApplicationBytes: mbToBytes(env().UPLOAD_MAX_APPLICATION_MB) },
  );
  if (!check.ok) throw new AppError("INVALID", check.messageKey, { [field.key]: [check.messageKey] });
  return check;
}

/**
 * Accepts one document for a file field, replacing the one it had. The bytes
 * are stored first and the row written after, so a row never points at a
 * missing file; a failed write removes the orphaned object. The rules are
 * checked again under the application's row lock, so a submission, a second
 * upload or a removal running at the same moment cannot slip past them.
 * Images are stored re-encoded, without metadata or appended data.
 */
export async function uploadDocument(actor: Actor, input: UploadInput, context: { ip: string | null }) {
  const preview = await loadCitizenCase(db, actor, input.applicationId, "application.act");
  await enforceRateLimits(db, [
    { key: `upload:user:${preview.citizenId}`, rule: UPLOADS_PER_USER },
    ...(context.ip ? [{ key: `upload:ip:${context.ip}`, rule: UPLOADS_PER_IP }] : []),
  ]);
  const check = checkAgainst(preview, await editableDocumentField(db, preview, input.fieldKey), input);
  const bytes = await sanitizeUpload(input.bytes, check.mimeType, input.fieldKey);

  const storage = documentStorage();
  const storageKey = newStorageKey("applications");
  await storage.put(storageKey, bytes, check.mimeType);
  try {
    const { document, replacedKeys } = await db.$transaction(async (tx) => {
      const application = await loadLockedCitizenCase(tx, actor, input.applicationId);
      const field = await editableDocumentField(tx, application, input.fieldKey);
      checkAgainst(application, field, input);
      const replaced = await tx.document.findMany({
        where: { applicationId: application.id, fieldKey: field.key, kind: "UPLOAD" },
        select: { id: true, storageKey: true },
      });
      await tx.document.deleteMany({ where: { id: { in: replaced.map((row) => row.id) } } });
      const created = await tx.document.create({
        data: {
          applicationId: application.id,
          uploaderId: application.citizenId,
          fieldKey: field.key,
          fileName: check.fileName,
          mimeType: check.mimeType,
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          storageKey,
        },
        select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true },
      });
      await recordAudit(tx, {
        actorId: application.citizenId,
        actorRole: "CITIZEN",
        action: "document.uploaded",
        entityType: "Application",
        entityId: application.id,
        ip: context.ip,
        data: { documentId: created.id, fieldKey: field.key, sizeBytes: created.sizeBytes, replaced: replaced.length },
      });
      return { document: created, replacedKeys: replaced.map((row) => row.storageKey) };
    });
    await Promise.allSettled(replacedKeys.map((key) => storage.delete(key)));
    return document;
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
