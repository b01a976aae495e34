"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { AGENCY_ADMIN_PATH, agencyEditHref, fieldAnchor, fieldEditHref, formBuilderHref, serviceAdminHref, standardEditHref } from "./admin-paths";
import { formatAddress, parseAddress } from "./form-builder";
import { checkPreviewAnswers } from "./preview";
import { MAX_TRANSFER_BYTES, type TransferIssue } from "./service-transfer";
import { createAgency } from "./use-cases/create-agency";
import { createService } from "./use-cases/create-service";
import { editFormDraft, type FormEdit } from "./use-cases/edit-form-draft";
import { importService } from "./use-cases/import-service";
import { publishServiceVersion } from "./use-cases/publish-service-version";
import { saveStandardDraft } from "./use-cases/save-standard-draft";
import { updateAgency } from "./use-cases/update-agency";
import { updateService } from "./use-cases/update-service";

const context = async () => ({ ip: clientIp(await headers()) });

/** A specific refusal (a stale draft, a taken slug) is shown above the field errors it caused. */
const failed = (values: Record<string, string>, error: unknown) => formStateFromError(values, error, { keepSpecificFormError: true });

function done(path: string): never {
  revalidatePath("/layanan", "layout");
  revalidatePath("/petugas/admin", "layout");
  redirect(path);
}

export async function createAgencyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let created: { id: string };
  try {
    created = await createAgency(await currentActor(), values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(`${agencyEditHref(created.id)}?hasil=dibuat`);
}

export async function updateAgencyAction(agencyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateAgency(await currentActor(), agencyId, values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(`${AGENCY_ADMIN_PATH}?hasil=disimpan`);
}

export async function createServiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let created: { id: string };
  try {
    created = await createService(await currentActor(), values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(serviceAdminHref(created.id, "dibuat"));
}

export async function updateServiceAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateService(await currentActor(), serviceId, values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(serviceAdminHref(serviceId, "disimpan"));
}

export async function saveStandardAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await saveStandardDraft(await currentActor(), serviceId, values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(`${standardEditHref(serviceId)}?hasil=disimpan`);
}

export async function publishAction(serviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await publishServiceVersion(await currentActor(), serviceId, values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(serviceAdminHref(serviceId, "diterbitkan"));
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
    op === "moveField" || op === "moveSection"
      ? { kind: op, target, direction }
      : op === "removeField" || op === "removeSection"
        ? { kind: op, target }
        : null;
  // A group's members are arranged on the group's own page: go back there.
  const returnTo = (notice: string, anchor?: string) =>
    parseAddress(back) ? `${fieldEditHref(serviceId, back)}?hasil=${notice}${anchor ? `#${anchor}` : ""}` : formBuilderHref(serviceId, notice, anchor);
  if (!edit) done(returnTo("kedaluwarsa"));
  try {
    await editFormDraft(await currentActor(), serviceId, { revision: revisionOf(formData), edit }, await context());
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
  const values = formValues(formData);
  const op = String(formData.get("op") ?? "");
  const target = String(formData.get("target") ?? "");
  const section = Number(formData.get("section") ?? -1);
  const rawGroup = formData.get("group");
  const group = rawGroup === null || rawGroup === "" ? undefined : Number(rawGroup);
  const edit: FormEdit | null =
    op === "addSection"
      ? { kind: "addSection", values }
      : op === "updateSection"
        ? { kind: "updateSection", section: Number(target), values }
        : op === "addField"
          ? { kind: "addField", section, group, values }
          : op === "updateField"
            ? { kind: "updateField", target, values }
            : null;
  if (!edit) return { values, fieldErrors: {}, formError: "error.invalidInput" };
  try {
    await editFormDraft(await currentActor(), serviceId, { revision: revisionOf(formData), edit }, await context());
  } catch (error) {
    return failed(values, error);
  }
  // The page showed this many fields at this revision, and the revision matched: the new one is next.
  const count = Number(formData.get("fieldCount") ?? 0);
  if (edit.kind === "addField") done(fieldEditHref(serviceId, group === undefined ? `${section}.${count}` : `${section}.${group}.${count}`));
  const address = parseAddress(target);
  if (edit.kind === "updateField" && address?.sub !== undefined) done(`${fieldEditHref(serviceId, `${address.section}.${address.field}`)}?hasil=disimpan`);
  done(formBuilderHref(serviceId, "disimpan", edit.kind === "updateField" ? fieldAnchor(target) : undefined));
}

export type ImportState = FormState & { issues: TransferIssue[] };

export async function importServiceAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const values = formValues(formData);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { values, fieldErrors: { file: ["catalogAdmin.import.noFile"] }, issues: [] };
  if (file.size > MAX_TRANSFER_BYTES) return { values, fieldErrors: { file: ["catalogAdmin.import.tooLarge"] }, issues: [] };
  let result: Awaited<ReturnType<typeof importService>>;
  try {
    result = await importService(await currentActor(), { text: await file.text(), agencyId: values.agencyId ?? "", slug: values.slug }, await context());
  } catch (error) {
    return { ...failed(values, error), issues: [] };
  }
  if (!result.ok) return { values, fieldErrors: { file: ["catalogAdmin.import.invalid"] }, issues: result.issues };
  done(serviceAdminHref(result.id, "diimpor"));
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
  const values = formValues(entries);
  let result: Awaited<ReturnType<typeof checkPreviewAnswers>>;
  try {
    result = await checkPreviewAnswers(await currentActor(), serviceId, entries);
  } catch (error) {
    return { ...failed(values, error), checked: false };
  }
  if (kind === "addItem") {
    const used = Object.keys(values).flatMap((name) => (name.startsWith(`${key}.`) ? [Number(name.split(".")[1])] : []));
    values[`${key}.${Math.max(-1, ...used) + 1}`] = "";
    return { values, fieldErrors: {}, checked: false };
  }
  if (kind === "removeItem") return { values, fieldErrors: {}, checked: false };
  return { values, fieldErrors: result.fieldErrors, formError: Object.keys(result.fieldErrors).length ? "form.errorSummaryTitle" : undefined, checked: true };
}
