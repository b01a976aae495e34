import "server-only";
import type { AuditEntry } from "@/lib/platform/audit";
import type { Tx } from "@/lib/platform/db";
import { editableDocumentField } from "./document-rules";
import type { CaseDocuments } from "./data";
import { AppError } from "@/lib/platform/errors";
import { documentTypesOfForm } from "@/lib/wallet/declarations";
import { resolveWalletItem } from "./wallet-reuse";

/** The form input that chooses, for a file field, a wallet item (`output:<id>`, `upload:<id>`) or an upload of its own (`upload-new`). */
export const walletChoiceName = (fieldKey: string) => `$wallet:${fieldKey}`;
export const UPLOAD_NEW = "upload-new";

/**
 * Meets (or stops meeting) a document requirement with an item of the
 * citizen's wallet: stores a reference to it, never a copy. Only while the
 * field is the citizen's to change, only for a field that names a document
 * type, and only the citizen's own, usable item of that type (lib/applications/wallet-reuse.ts).
 * `application` was read under its row lock in `tx`. Returns the audit entry
 * for the caller to write last, or null when nothing changed.
 */
export async function chooseWalletItem(
  tx: Tx,
  application: CaseDocuments,
  fieldKey: string,
  choice: string,
  context: { ip: string | null },
  now = new Date(),
): Promise<AuditEntry | null> {
  const field = await editableDocumentField(tx, application, fieldKey);
  if (!field.documentType) throw new AppError("INVALID", "error.invalidInput");
  const existing = await tx.walletReference.findUnique({ where: { applicationId_fieldKey: { applicationId: application.id, fieldKey } } });
  const audit = (action: string, data: Record<string, unknown>): AuditEntry => ({
    agencyId: application.agencyId,
    actorId: application.citizenId,
    actorRole: application.actingRole,
    action,
    entityType: "Application",
    entityId: application.id,
    ip: context.ip,
    data: { fieldKey, ...data },
  });
  if (choice === UPLOAD_NEW) {
    if (!existing) return null;
    await tx.walletReference.delete({ where: { id: existing.id } });
    return audit("application.walletDocumentRemoved", {});
  }
  const item = await resolveWalletItem(tx, application.citizenId, choice, field.documentType, now);
  const target = item.kind === "output" ? { outputDocumentId: item.id, documentId: null } : { outputDocumentId: null, documentId: item.id };
  if (existing && existing.outputDocumentId === target.outputDocumentId && existing.documentId === target.documentId) return null;
  await tx.walletReference.upsert({
    where: { applicationId_fieldKey: { applicationId: application.id, fieldKey } },
    create: { applicationId: application.id, fieldKey, ...target },
    update: target,
  });
  return audit("application.walletDocumentUsed", { documentType: field.documentType, ...target });
}

/** The file fields of an application that a wallet reference meets. */
export async function referencedFieldKeys(client: Tx, applicationId: string): Promise<string[]> {
  const rows = await client.walletReference.findMany({ where: { applicationId }, select: { fieldKey: true } });
  return rows.map((row) => row.fieldKey);
}

/**
 * The file fields a wallet reference still meets: the referenced item is
 * re-checked (revoked or expired since it was chosen, it no longer counts, and
 * the readiness check then asks for the document).
 */
export async function usableWalletFieldKeys(
  tx: Tx,
  application: Pick<CaseDocuments, "citizenId" | "formDefinition"> & {
    walletReferences: { fieldKey: string; outputDocumentId: string | null; documentId: string | null }[];
  },
  now = new Date(),
): Promise<string[]> {
  const types = documentTypesOfForm(application.formDefinition);
  const usable: string[] = [];
  for (const reference of application.walletReferences) {
    const type = types.get(reference.fieldKey);
    if (!type) continue;
    const ref = reference.outputDocumentId ? `output:${reference.outputDocumentId}` : `upload:${reference.documentId}`;
    try {
      await resolveWalletItem(tx, application.citizenId, ref, type, now);
      usable.push(reference.fieldKey);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return usable;
}
