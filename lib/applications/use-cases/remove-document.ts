import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { documentStorage } from "@/lib/documents/storage";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { loadLockedCitizenCase } from "../data";
import { editableDocumentField } from "../document-rules";

/** Removes an uploaded document while the application is still the citizen's to edit. */
export async function removeDocument(actor: Actor, input: { applicationId: string; documentId: string }, context: { ip: string | null }) {
  const removed = await db.$transaction(async (tx) => {
    const application = await loadLockedCitizenCase(tx, actor, input.applicationId);
    const document = application.documents.find((candidate) => candidate.id === input.documentId);
    if (!document?.fieldKey) throw new AppError("NOT_FOUND", "error.notFound");
    await editableDocumentField(tx, application, document.fieldKey);
    const row = await tx.document.delete({ where: { id: document.id }, select: { storageKey: true } });
    await recordAudit(tx, {
      actorId: application.citizenId,
      actorRole: "CITIZEN",
      action: "document.removed",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { documentId: document.id, fieldKey: document.fieldKey },
    });
    return row;
  });
  await documentStorage().delete(removed.storageKey).catch(() => undefined);
}
