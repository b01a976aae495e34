import "server-only";
import { sha256Hex } from "@/lib/documents/hash";
import type { UploadType } from "@/lib/documents/file-type";
import { sanitizeUpload } from "@/lib/documents/image-sanitize";
import { documentStorage, newStorageKey } from "@/lib/documents/storage";
import { checkUpload, mbToBytes, probeOf } from "@/lib/documents/upload-rules";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { MAX_ATTACHMENT_MB, MAX_ATTACHMENTS, MAX_COMPLAINT_ATTACHMENTS_MB } from "./schemas";

export type IncomingFile = { fileName: string; bytes: Uint8Array };
type Checked = IncomingFile & { mimeType: UploadType; safeName: string };
export type StoredAttachment = Checked & { storageKey: string };

/** The form field the files come in; its errors are reported there. */
export const ATTACHMENTS_FIELD = "attachments";

/**
 * Checks every file before anything is stored: the type from its bytes
 * (PDF, JPEG, PNG), each file's size, and the complaint's total.
 */
export function checkAttachments(files: readonly IncomingFile[], existingBytes = 0): Checked[] {
  const present = files.filter((file) => file.bytes.length > 0);
  if (present.length > MAX_ATTACHMENTS) throw invalid("complaint.tooManyAttachments");
  let total = existingBytes;
  return present.map((file) => {
    const check = checkUpload(
      probeOf(file.bytes, file.fileName),
      { accept: ["application/pdf", "image/jpeg", "image/png"], maxSizeMb: MAX_ATTACHMENT_MB },
      { currentApplicationBytes: total, maxApplicationBytes: mbToBytes(MAX_COMPLAINT_ATTACHMENTS_MB) },
    );
    if (!check.ok) throw invalid(check.messageKey === "upload.applicationTooLarge" ? "complaint.attachmentsTooLarge" : check.messageKey);
    total += file.bytes.length;
    return { ...file, mimeType: check.mimeType, safeName: check.fileName };
  });
}

function invalid(key: MessageKey) {
  return new AppError("INVALID", key, { [ATTACHMENTS_FIELD]: [key] });
}

/**
 * Stores the files before the transaction that records them, so a row never
 * points at a missing object; `discard` removes them again when that
 * transaction fails. Images are stored re-encoded, without metadata or
 * appended data (the stored bytes are what the row's size and hash describe).
 */
export async function storeAttachments(files: readonly Checked[]) {
  const storage = documentStorage();
  const stored: StoredAttachment[] = [];
  const discard = async () => {
    await Promise.allSettled(stored.map((file) => storage.delete(file.storageKey)));
  };
  try {
    for (const file of files) {
      const bytes = await sanitizeUpload(file.bytes, file.mimeType, ATTACHMENTS_FIELD);
      const storageKey = newStorageKey("complaints");
      await storage.put(storageKey, bytes, file.mimeType);
      stored.push({ ...file, bytes, storageKey });
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { stored, discard };
}

/** The Document rows of stored attachments, in the caller's transaction. */
export async function recordAttachments(tx: Tx, complaintId: string, uploaderId: string | null, files: readonly StoredAttachment[]) {
  for (const file of files) {
    await tx.document.create({
      data: {
        complaintId,
        uploaderId,
        fileName: file.safeName,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.length,
        sha256: sha256Hex(file.bytes),
        storageKey: file.storageKey,
      },
    });
  }
}

/** Bytes a complaint's attachments already take. */
export async function attachmentBytes(tx: Tx, complaintId: string): Promise<number> {
  const sum = await tx.document.aggregate({ where: { complaintId }, _sum: { sizeBytes: true } });
  return sum._sum.sizeBytes ?? 0;
}
