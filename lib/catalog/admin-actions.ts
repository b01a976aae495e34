"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequest, runFormAction, type FormActionOptions } from "@/lib/auth/action-runner";
import { AppError } from "@/lib/platform/errors";
import { formValues, type FormOutcome, type FormState } from "@/lib/platform/form-state";
import { getTranslator } from "@/lib/platform/i18n/server";
import { feePreviewOutcome } from "./fee-preview";
import { AGENCY_ADMIN_PATH, agencyEditHref, fieldAnchor, fieldEditHref, formBuilderHref, serviceAdminHref, standardEditHref } from "./admin-paths";
import { formatAddress, parseAddress } from "./form-builder";
import { checkPreviewAnswers } from "./preview";
import { MAX_TRANSFER_BYTES, type TransferIssue } from "./service-transfer";
import { createAgency } from "./use-cases/create-agency";
import { createService } from "./use-cases/create-service";
import { editFormDraft, type FormEdit } from "./use-cases/edit-form-draft";
import { importService } from "./use-cases/import-service";
import { publishServiceVersion } from "./use-cases/publish-service-version";
import { previewFeeRule, type FeePreview } from "./use-cases/preview-fee-rule";
import { saveStandardDraft } from "./use-cases/save-standard-draft";
import { updateAgency } from "./use-cases/update-agency";
import { updateService } from "./use-cases/update-service";

/** The catalog changed: the public pages and the admin's lists show it at once. */
function revalidateCatalog(path: string): string {
  revalidatePath("/layanan", "layout");
  revalidatePath("/petugas/admin", "layout");
  return path;
}

function done(path: string): never {
  redirect(revalidateCatalog(path));
}

/** A specific refusal (a stale draft, a taken slug) is shown above the field errors it caused; success lands on `path`. */
const savedTo = <T, S extends FormState = FormState>(path: (result: T) => string): FormActionOptions<T, S> => ({
  formError: "specific",
  onSuccess: (result) => revalidateCatalog(path(result)),
});

export async function createAgencyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => createAgency(actor, values, context),
    savedTo((created: { id: string }) => `${agencyEditHref(created.id)}?hasil=dibuat`),
  );
}

export async function updateAgencyAction(agencyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => updateAgency(actor, agencyId, values, context),
    savedTo(() => `${AGENCY_ADMIN_PATH}?hasil=disimpan`),
  );
}

export async function createServiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => createService(actor, values, context),
    savedTo((created: { id: string }) => serviceAdminHref(created.id, "dibuat")),
  );
}

export async function updateServiceAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => updateService(actor, serviceId, values, context),
    savedTo(() => serviceAdminHref(serviceId, "disimpan")),
  );
}

/** The standard editor's state: what was typed, and after "Pratinjau" the amount the fee rule charges for the sample answers. */
export type StandardEditorState = FormState & { outcome?: FormOutcome };

/**
 * The standard editor posts here twice over: "Simpan" saves the draft,
 * "Pratinjau" ($intent=previewFee) computes the fee for the sample answers and
 * comes back to the form with everything as typed. Nothing is saved then.
 */
export async function saveStandardAction(serviceId: string, _previous: StandardEditorState, formData: FormData): Promise<StandardEditorState> {
  if (formData.get("$intent") === "previewFee") {
    const { locale, t } = await getTranslator();
    return runFormAction<FeePreview, StandardEditorState>(formData, ({ actor, values }) => previewFeeRule(actor, serviceId, values), {
      formError: "specific",
      onSuccess: (preview, values) => ({ values, fieldErrors: {}, outcome: feePreviewOutcome(preview, locale, t) }),
    });
  }
  return runFormAction<{ revision: number }, StandardEditorState>(
    formData,
    ({ actor, values, context }) => saveStandardDraft(actor, serviceId, values, context),
    savedTo(() => `${standardEditHref(serviceId)}?hasil=disimpan`),
  );
}

export async function publishAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => publishServiceVersion(actor, serviceId, values, context),
    savedTo(() => serviceAdminHref(serviceId, "diterbitkan")),
  );
}

const revisionOf = (formData: FormData) => Number(formData.get("revision") ?? -1);

/**
 * The builder's one-click edits, one button each: "moveField:up",
 * "moveField:down", "removeField" (and the same for sections), on the row
 * named by `target`. Plain posts that come back to the builder at the row
 * they moved, so keyboard users carry on from there.
 */
export async function arrangeFormAction(serviceId: string, formData: FormData): Promise<void> {
  const [op, way] = String(formData.get("intent") ?? "").split(":");
  const target = String(formData.get("target") ?? "");
  const back = String(formData.get("back") ?? "");
  const direction = way === "up" ? "up" : "down";
  const edit: FormEdit | null =
    op === "moveField" || op === "moveSection" ? { kind: op, target, direction } : op === "removeField" || op === "removeSection" ? { kind: op, target } : null;
  // A group's members are arranged on the group's own page: go back there.
  const returnTo = (notice: string, anchor?: string) =>
    parseAddress(back) ? `${fieldEditHref(serviceId, back)}?hasil=${notice}${anchor ? `#${anchor}` : ""}` : formBuilderHref(serviceId, notice, anchor);
  if (!edit) done(returnTo("kedaluwarsa"));
  const { actor, context } = await actionRequest();
  try {
    await editFormDraft(actor, serviceId, { revision: revisionOf(formData), edit }, context);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") done(returnTo("kedaluwarsa"));
    throw error;
  }
  done(returnTo("disimpan", anchorAfter(edit)));
}

/** Where the moved row is now. */
function anchorAfter(edit: FormEdit): string | undefined {
  const step = "direction" in edit ? (edit.direction === "up" ? -1 : 1) : 0;
  if (edit.kind === "moveSection") return fieldAnchor(String(Number(edit.target) + step));
  if (edit.kind !== "moveField") return undefined;
  const at = parseAddress(edit.target);
  if (!at) return undefined;
  return fieldAnchor(formatAddress(at.sub === undefined ? { ...at, field: at.field + step } : { ...at, sub: at.sub + step }));
}

/**
 * Adding a section or a field, editing a section or a field: forms that can
 * fail and keep what was typed. A new field opens in its editor, where its
 * options, rules and conditions are set.
 */
export async function editFormAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const op = String(formData.get("op") ?? "");
  const target = String(formData.get("target") ?? "");
  const section = Number(formData.get("section") ?? -1);
  const rawGroup = formData.get("group");
  const group = rawGroup === null || rawGroup === "" ? undefined : Number(rawGroup);
  const editOf = (values: Record<string, string>): FormEdit | null =>
    op === "addSection"
      ? { kind: "addSection", values }
      : op === "updateSection"
        ? { kind: "updateSection", section: Number(target), values }
        : op === "addField"
          ? { kind: "addField", section, group, values }
          : op === "updateField"
            ? { kind: "updateField", target, values }
            : null;
  // The page showed this many fields at this revision, and the revision matched: the new one is next.
  const count = Number(formData.get("fieldCount") ?? 0);
  const address = parseAddress(target);
  const savedAt = (edit: FormEdit): string =>
    edit.kind === "addField"
      ? fieldEditHref(serviceId, group === undefined ? `${section}.${count}` : `${section}.${group}.${count}`)
      : edit.kind === "updateField" && address?.sub !== undefined
        ? `${fieldEditHref(serviceId, `${address.section}.${address.field}`)}?hasil=disimpan`
        : formBuilderHref(serviceId, "disimpan", edit.kind === "updateField" ? fieldAnchor(target) : undefined);
  return runFormAction(
    formData,
    async ({ actor, values, context }) => {
      const edit = editOf(values);
      if (!edit) throw new AppError("INVALID", "error.invalidInput");
      await editFormDraft(actor, serviceId, { revision: revisionOf(formData), edit }, context);
      return edit;
    },
    savedTo(savedAt),
  );
}

export type ImportState = FormState & { issues: TransferIssue[] };

export async function importServiceAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  const noFile = !(file instanceof File) || file.size === 0;
  if (noFile || file.size > MAX_TRANSFER_BYTES) {
    return { values: formValues(formData), fieldErrors: { file: [noFile ? "catalogAdmin.import.noFile" : "catalogAdmin.import.tooLarge"] }, issues: [] };
  }
  return runFormAction<Awaited<ReturnType<typeof importService>>, ImportState>(
    formData,
    async ({ actor, values, context }) => importService(actor, { text: await file.text(), agencyId: values.agencyId ?? "", slug: values.slug }, context),
    {
      formError: "specific",
      extras: { issues: [] },
      onSuccess: (result, values) =>
        result.ok
          ? revalidateCatalog(serviceAdminHref(result.id, "diimpor"))
          : { values, fieldErrors: { file: ["catalogAdmin.import.invalid"] }, issues: result.issues },
    },
  );
}

export type PreviewState = FormState & { checked: boolean };

/**
 * The preview's "check answers": the draft form compiled into the very schema
 * citizens' answers are checked with, applied to what the admin typed.
 * Nothing is saved. Without JavaScript, a group's add/remove buttons post here too.
 */
export async function previewFormAction(serviceId: string, _previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const [kind, key = "", index = ""] = String(formData.get("$intent") ?? "check").split(":");
  const removed = kind === "removeItem" ? `${key}.${index}` : null;
  const entries = [...formData.entries()].filter(([name]) => !removed || !(name === removed || name.startsWith(`${removed}.`)));
  return runFormAction<Awaited<ReturnType<typeof checkPreviewAnswers>>, PreviewState>(formData, ({ actor }) => checkPreviewAnswers(actor, serviceId, entries), {
    values: formValues(entries),
    formError: "specific",
    extras: { checked: false },
    onSuccess: (result, values) => {
      if (kind === "addItem") {
        const used = Object.keys(values).flatMap((name) => (name.startsWith(`${key}.`) ? [Number(name.split(".")[1])] : []));
        return { values: { ...values, [`${key}.${Math.max(-1, ...used) + 1}`]: "" }, fieldErrors: {}, checked: false };
      }
      if (kind === "removeItem") return { values, fieldErrors: {}, checked: false };
      return {
        values,
        fieldErrors: result.fieldErrors,
        formError: Object.keys(result.fieldErrors).length ? "form.errorSummaryTitle" : undefined,
        checked: true,
      };
    },
  });
}
