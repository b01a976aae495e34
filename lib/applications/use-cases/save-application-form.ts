import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, type AuditEntry } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { fieldErrorsFromIssues, type FieldErrors } from "@/lib/platform/validation";
import { loadCitizenCaseDocuments, loadLockedCitizenCase, type CaseDocuments, type CitizenCase } from "../data";
import { discardStored, recordUpload, removeUpload, storeUpload, type StoredUpload } from "../document-upload";
import { writeDraftAnswers } from "../draft-answers";
import { answersFromFormData, compileAnswersSchema, topLevelFields } from "@/lib/catalog/form-schema";
import { agencyDateRules } from "../queries";
import { chooseWalletItem, walletChoiceName } from "@/lib/applications/wallet-reference";

const WALLET_CHOICE_PREFIX = walletChoiceName("");

export type SaveFormInput = {
  applicationId: string;
  /** What the form posted, files included (the path without JavaScript sends documents with the answers). */
  entries: readonly [string, FormDataEntryValue][];
  /** A document the citizen asked to remove with this save. */
  removeDocumentId?: string;
  /** Judge the saved answers as "continue to check your answers" does. */
  validate: boolean;
};

/** Each field's problems: a document that was refused, or (when validating) an answer that does not hold. */
export type SaveFormResult = { fieldErrors: FieldErrors };

/**
 * The application form's one save: stores the answers as a draft, takes the
 * documents posted with them, removes one if asked, and judges the answers.
 * The case is read once, under its row lock, and everything is written in one
 * transaction, so a second post of the same form (a double click, a retry)
 * waits and then writes the same again.
 *
 * Posted files are checked and stored before the transaction, as a single
 * upload does (lib/applications/document-upload.ts): that reads the form and
 * documents, not the answers. A refused document is that field's problem and
 * the rest is saved; so is a refused removal, which is reported once the rest
 * has committed.
 */
export async function saveApplicationForm(actor: Actor, input: SaveFormInput, context: { ip: string | null }): Promise<SaveFormResult> {
  const fieldErrors: FieldErrors = {};
  const refuse = (fieldKey: string, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    fieldErrors[fieldKey] = error.fieldErrors[fieldKey] ?? [error.messageKey];
  };
  const stored = await storePostedFiles(actor, input, context, refuse);
  let saved;
  try {
    saved = await db.$transaction(async (tx) => {
      const application = await loadLockedCitizenCase(tx, actor, input.applicationId);
      const draft = await writeDraftAnswers(tx, application, answersFromFormData(application.formDefinition, input.entries));
      let documents = application.documents;
      const unused: string[] = [];
      const audits: AuditEntry[] = [];
      for (const upload of stored) {
        try {
          const recorded = await recordUpload(tx, { ...application, documents }, upload, context);
          documents = recorded.documents;
          unused.push(...recorded.replacedKeys);
          audits.push(recorded.audit);
        } catch (error) {
          refuse(upload.input.fieldKey, error);
          unused.push(upload.storageKey);
        }
      }
      // A requirement met from the wallet ("Dokumen saya"): a reference, chosen per file field.
      for (const [fieldKey, choice] of walletChoices(input.entries)) {
        try {
          const audit = await chooseWalletItem(tx, { ...application, documents }, fieldKey, choice, context);
          if (audit) audits.push(audit);
        } catch (error) {
          refuse(fieldKey, error);
        }
      }
      let removalRefused: AppError | null = null;
      if (input.removeDocumentId) {
        try {
          const removed = await removeUpload(tx, { ...application, documents }, input.removeDocumentId, context);
          unused.push(removed.storageKey);
          audits.push(removed.audit);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          removalRefused = error;
        }
      }
      // Last: from the first entry on, every audited write elsewhere waits for this commit.
      for (const audit of audits) await recordAudit(tx, audit);
      return { application, draft, unused, removalRefused };
    });
  } catch (error) {
    await discardStored(stored.map((upload) => upload.storageKey));
    throw error;
  }
  await discardStored(saved.unused);
  if (saved.removalRefused) throw saved.removalRefused;
  if (input.validate && Object.keys(fieldErrors).length === 0) Object.assign(fieldErrors, await answerProblems(saved.application, saved.draft));
  return { fieldErrors };
}

/** What the form chose for each file field that names a document type: a wallet item or an upload of its own (the first value per field). */
function walletChoices(entries: SaveFormInput["entries"]): Map<string, string> {
  const choices = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!name.startsWith(WALLET_CHOICE_PREFIX) || typeof value !== "string") continue;
    const fieldKey = name.slice(WALLET_CHOICE_PREFIX.length);
    if (!choices.has(fieldKey)) choices.set(fieldKey, value);
  }
  return choices;
}

/** The posted documents, each checked and stored; a refused one becomes its field's problem. */
async function storePostedFiles(
  actor: Actor,
  input: SaveFormInput,
  context: { ip: string | null },
  refuse: (fieldKey: string, error: unknown) => void,
): Promise<StoredUpload[]> {
  // A field's first value counts, as FormData.get reads it; an empty file input posts a file of no bytes.
  const posted = new Map<string, FormDataEntryValue>();
  for (const [name, value] of input.entries) if (!posted.has(name)) posted.set(name, value);
  const files = new Map([...posted].flatMap(([name, value]) => (value instanceof File && value.size > 0 ? [[name, value] as const] : [])));
  if (files.size === 0) return [];
  const preview: CaseDocuments = await loadCitizenCaseDocuments(db, actor, input.applicationId);
  const stored: StoredUpload[] = [];
  try {
    for (const field of topLevelFields(preview.formDefinition)) {
      const file = files.get(field.key);
      if (field.type !== "file" || !file) continue;
      const upload = { applicationId: input.applicationId, fieldKey: field.key, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      try {
        stored.push(await storeUpload(preview, upload, context));
      } catch (error) {
        refuse(field.key, error);
      }
    }
  } catch (error) {
    await discardStored(stored.map((upload) => upload.storageKey));
    throw error;
  }
  return stored;
}

/** Judged on the merged answers: during a correction the locked fields are not posted at all, and cannot block. */
async function answerProblems(application: CitizenCase, { answers, editable }: Awaited<ReturnType<typeof writeDraftAnswers>>): Promise<FieldErrors> {
  const parsed = compileAnswersSchema(application.formDefinition, await agencyDateRules(application.agency)).safeParse(answers);
  return fieldErrorsFromIssues(parsed.error?.issues ?? [], (path) => editable === "all" || editable.includes(path.split(".")[0] ?? ""));
}
