import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { currentCorrection } from "./correction";
import type { CaseDocuments } from "./data";
import { topLevelFields, type FileField } from "@/lib/catalog/form-schema";
import { isAwaitingCorrection, isEditableByCitizen } from "./workflow";

/**
 * Which document field the citizen may change now: any while drafting; during
 * a correction the ones the officer named, plus a document that is missing
 * (an answer the officer asked to change may make a new document required).
 */
export async function editableDocumentField(client: Tx, application: CaseDocuments, fieldKey: string): Promise<FileField> {
  if (!isEditableByCitizen(application.status)) throw new AppError("CONFLICT", "application.notEditable");
  const field = topLevelFields(application.formDefinition).find((candidate) => candidate.key === fieldKey);
  if (!field || field.type !== "file") throw new AppError("INVALID", "error.invalidInput");
  if (isAwaitingCorrection(application.status)) {
    const named = (await currentCorrection(client, application.id))?.fields.includes(field.key) ?? false;
    const missing = !application.documents.some((document) => document.fieldKey === field.key);
    if (!named && !missing) throw new AppError("CONFLICT", "application.notEditable");
  }
  return field;
}
