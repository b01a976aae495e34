"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { isMessageKey, type MessageKey } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/request-context";
import { db } from "@/lib/platform/db";
import { loadCitizenCase } from "./data";
import { answersFromFormData, compileAnswersSchema, topLevelFields } from "@/lib/catalog/form-schema";
import { agencyDateRules } from "./queries";
import { removeDocument } from "./use-cases/remove-document";
import { resubmitApplication } from "./use-cases/resubmit-application";
import { saveDraft } from "./use-cases/save-draft";
import { startApplication } from "./use-cases/start-application";
import { submitApplication } from "./use-cases/submit-application";
import { trackApplication } from "./use-cases/track-application";
import { uploadDocument } from "./use-cases/upload-document";
import { withdrawApplication } from "./use-cases/withdraw-application";

const requestIp = async () => clientIp(await headers());

function failed(values: Record<string, string>, error: unknown): FormState {
  if (error instanceof AppError) return { values, fieldErrors: error.fieldErrors, formError: error.messageKey };
  throw error;
}

export async function startApplicationAction(formData: FormData): Promise<void> {
  const slug = String(formData.get("serviceSlug") ?? "");
  let applicationId: string;
  try {
    const started = await startApplication(
      await currentActor(),
      { serviceSlug: slug, submissionKey: formData.get("submissionKey") },
      { ip: await requestIp() },
    );
    applicationId = started.id;
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      redirect(`/masuk?callbackUrl=${encodeURIComponent(`/layanan/${slug}`)}`);
    }
    // At the draft cap: to the list of drafts, which says why.
    if (error instanceof AppError && error.messageKey === "application.tooManyDrafts") redirect("/permohonan?batas-draf=1");
    throw error;
  }
  redirect(`/permohonan/${applicationId}/isi`);
}

/**
 * The form's one action: saves the answers as a draft, takes any documents
 * posted with them (the path without JavaScript), then either stays (errors,
 * a group row added or removed, a document removed), goes on to "check your
 * answers", or leaves the draft for later.
 */
export async function saveApplicationFormAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await currentActor();
  const ip = await requestIp();
  const intent = parseIntent(String(formData.get("$intent") ?? "continue"));
  const entries = [...formData.entries()].filter(
    ([name]) => intent.kind !== "removeItem" || !(name === intent.prefix || name.startsWith(`${intent.prefix}.`)),
  );
  const values = formValues(entries);
  const fieldErrors: Record<string, MessageKey[]> = {};
  try {
    const application = await loadCitizenCase(db, actor, applicationId, "application.act");
    const saved = await saveDraft(actor, applicationId, answersFromFormData(application.formDefinition, entries));
    for (const field of topLevelFields(application.formDefinition)) {
      const file = formData.get(field.key);
      if (field.type !== "file" || !(file instanceof File) || file.size === 0) continue;
      try {
        await uploadDocument(actor, { applicationId, fieldKey: field.key, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { ip });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        fieldErrors[field.key] = error.fieldErrors[field.key] ?? [error.messageKey];
      }
    }
    if (intent.kind === "removeDocument") await removeDocument(actor, { applicationId, documentId: intent.documentId }, { ip });
    if (intent.kind === "addItem") values[`${intent.key}.${nextIndex(values, intent.key)}`] = "";
    if (intent.kind === "continue" && Object.keys(fieldErrors).length === 0) {
      // Judged on the merged answers: during a correction the locked fields are not posted at all.
      const parsed = compileAnswersSchema(application.formDefinition, await agencyDateRules(application.agency)).safeParse(saved.answers);
      for (const issue of parsed.error?.issues ?? []) {
        const path = issue.path.join(".") || "_form";
        if (saved.editable !== "all" && !saved.editable.includes(path.split(".")[0] ?? "")) continue;
        (fieldErrors[path] ??= []).push(issue.message as MessageKey);
      }
    }
  } catch (error) {
    return failed(values, error);
  }
  revalidatePath(`/permohonan/${applicationId}/isi`);
  if (Object.keys(fieldErrors).length > 0) return { values, fieldErrors, formError: "form.errorSummaryTitle" };
  if (intent.kind === "later") redirect(`/permohonan?tersimpan=${applicationId}`);
  if (intent.kind === "continue") redirect(`/permohonan/${applicationId}/periksa`);
  return { values, fieldErrors: {} };
}

type Intent =
  | { kind: "continue" | "later" }
  | { kind: "addItem"; key: string }
  | { kind: "removeItem"; prefix: string }
  | { kind: "removeDocument"; documentId: string };

/** The button that posted the form: `$intent` is `continue`, `later`, `addItem:<group>`, `removeItem:<group>:<i>` or `removeDocument:<id>`. */
function parseIntent(raw: string): Intent {
  const [kind, first = "", second = ""] = raw.split(":");
  if (kind === "addItem") return { kind, key: first };
  if (kind === "removeItem") return { kind, prefix: `${first}.${second}` };
  if (kind === "removeDocument") return { kind, documentId: first };
  return { kind: kind === "later" ? "later" : "continue" };
}

function nextIndex(values: Record<string, string>, groupKey: string): number {
  let max = -1;
  for (const name of Object.keys(values)) {
    const match = /^(\w+)\.(\d+)/.exec(name);
    if (match && match[1] === groupKey) max = Math.max(max, Number(match[2]));
  }
  return max + 1;
}

/** Autosave from the browser as the citizen types: answers only, never files. */
export async function autosaveDraftAction(applicationId: string, formData: FormData): Promise<{ ok: boolean }> {
  try {
    const actor = await currentActor();
    const application = await loadCitizenCase(db, actor, applicationId, "application.act");
    await saveDraft(actor, applicationId, answersFromFormData(application.formDefinition, formData));
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false };
    throw error;
  }
}

export async function submitApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (formData.get("declaration") !== "on") {
    return { values, fieldErrors: { declaration: ["application.declarationRequired"] }, formError: "form.errorSummaryTitle" };
  }
  try {
    await submitApplication(await currentActor(), applicationId, { updateProfile: formData.getAll("updateProfile").map(String) }, { ip: await requestIp() });
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/permohonan/${applicationId}/terkirim`);
}

export async function resubmitApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (formData.get("declaration") !== "on") {
    return { values, fieldErrors: { declaration: ["application.declarationRequired"] }, formError: "form.errorSummaryTitle" };
  }
  try {
    await resubmitApplication(await currentActor(), applicationId, { ip: await requestIp() });
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/permohonan/${applicationId}`);
}

export async function withdrawApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await withdrawApplication(await currentActor(), applicationId, { reason: formData.get("reason") ?? undefined }, { ip: await requestIp() });
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/permohonan/${applicationId}`);
}

export type TrackedApplicationView = {
  trackingNumber: string;
  serviceName: string;
  agencyName: string;
  status: string;
  statusLabel: string;
  due: string | null;
  slaLabel: string | null;
  events: { id: string; label: string; time: string; dateTime: string }[];
};
export type TrackState = FormState & { result?: TrackedApplicationView };

/** Public tracking; the answer is rendered to text here, so the page ships no message catalogs. */
export async function trackApplicationAction(_previous: TrackState, formData: FormData): Promise<TrackState> {
  const values = formValues(formData, ["secret"]);
  const blank = blankFieldErrors(formData, ["trackingNumber", "secret"]);
  if (Object.keys(blank).length) return { values, fieldErrors: blank };
  try {
    const tracked = await trackApplication(
      await currentActor(),
      { trackingNumber: formData.get("trackingNumber") ?? "", secret: formData.get("secret") ?? "" },
      { ip: await requestIp() },
    );
    const { locale, t } = await getTranslator();
    const zone = tracked.agency.timezone;
    const result: TrackedApplicationView = {
      trackingNumber: tracked.trackingNumber ?? "",
      serviceName: pick(locale, tracked.service, "name"),
      agencyName: pick(locale, tracked.agency, "name"),
      status: tracked.status,
      statusLabel: t(`application.status.${tracked.status}`),
      due: tracked.sla ? t("sla.dueOn", { date: formatMoment(tracked.sla.dueAt, locale, zone) }) : null,
      slaLabel: tracked.sla ? t(`sla.status.${tracked.sla.status}`) : null,
      events: tracked.events.map((event) => {
        const key = `application.event.${event.type}`;
        return {
          id: event.id,
          label: isMessageKey(key) ? t(key) : t("application.event.other"),
          time: formatMoment(event.createdAt, locale, zone),
          dateTime: event.createdAt.toISOString(),
        };
      }),
    };
    return { values, fieldErrors: {}, result };
  } catch (error) {
    return failed(values, error);
  }
}
