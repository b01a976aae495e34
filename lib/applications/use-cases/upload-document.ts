import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { loadCitizenCaseDocuments, loadLockedCitizenCase } from "../data";
import { discardStored, recordUpload, storeUpload, type UploadInput } from "../document-upload";

export { UPLOADS_PER_IP, UPLOADS_PER_USER, type UploadInput } from "../document-upload";

/**
 * Accepts one document for a file field (the form's upload as soon as a file
 * is chosen), replacing the one it had. The bytes are stored first and the
 * row written after, so a row never points at a missing file; a failed write
 * removes the orphaned object (see lib/applications/document-upload.ts).
 */
export async function uploadDocument(actor: Actor, input: UploadInput, context: { ip: string | null }) {
  const preview = await loadCitizenCaseDocuments(db, actor, input.applicationId);
  const stored = await storeUpload(preview, input, context);
  try {
    const { document, replacedKeys } = await db.$transaction(async (tx) => {
      const recorded = await recordUpload(tx, await loadLockedCitizenCase(tx, actor, input.applicationId), stored, context);
      await recordAudit(tx, recorded.audit);
      return recorded;
    });
    await discardStored(replacedKeys);
    return { id: document.id, fieldKey: document.fieldKey, fileName: document.fileName, mimeType: document.mimeType, sizeBytes: document.sizeBytes };
  } catch (error) {
    await discardStored([stored.storageKey]);
    throw error;
  }
}
