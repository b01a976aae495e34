"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequest, runFormAction, signInPath } from "@/lib/auth/action-runner";
import { AppError } from "@/lib/platform/errors";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { isMessageKey } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import { resubmitApplication } from "./use-cases/resubmit-application";
import { saveApplicationForm } from "./use-cases/save-application-form";
import { startApplication } from "./use-cases/start-application";
import { submitApplication } from "./use-cases/submit-application";
import { trackApplication } from "./use-cases/track-application";
import { withdrawApplication } from "./use-cases/withdraw-application";

// The application forms name a refusal (a stale draft, not ready) above the field problems it caused.
const formError = "specific" as const;

export async function startApplicationAction(formData: FormData): Promise<void> {
  const slug = String(formData.get("serviceSlug") ?? "");
  const { actor, context } = await actionRequest();
  let applicationId: string;
  try {
    ({ id: applicationId } = await startApplication(actor, { serviceSlug: slug, submissionKey: formData.get("submissionKey") }, context));
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(signInPath(`/layanan/${slug}`));
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
  const intent = parseIntent(String(formData.get("$intent") ?? "continue"));
  // A removed group row is simply not posted on: the draft and the form both lose it.
  const posted = intent.kind === "removeItem" ? withoutGroupItem(formData, intent.prefix) : formData;
  return runFormAction(
    posted,
    async ({ actor, context }) => {
      const saved = await saveApplicationForm(
        actor,
        {
          applicationId,
          entries: [...posted.entries()],
          removeDocumentId: intent.kind === "removeDocument" ? intent.documentId : undefined,
          validate: intent.kind === "continue",
        },
        context,
      );
      revalidatePath(`/permohonan/${applicationId}/isi`);
      return saved;
    },
    {
      formError,
      onSuccess: ({ fieldErrors }, typed) => {
        const values = intent.kind === "addItem" ? { ...typed, [`${intent.key}.${nextIndex(typed, intent.key)}`]: "" } : typed;
        if (Object.keys(fieldErrors).length > 0) return { values, fieldErrors, formError: "form.errorSummaryTitle" };
        if (intent.kind === "later") return `/permohonan?tersimpan=${applicationId}`;
        if (intent.kind === "continue") return `/permohonan/${applicationId}/periksa`;
        return { values, fieldErrors: {} };
      },
    },
  );
}

type Intent =
  { kind: "continue" | "later" } | { kind: "addItem"; key: string } | { kind: "removeItem"; prefix: string } | { kind: "removeDocument"; documentId: string };

/** The button that posted the form: `$intent` is `continue`, `later`, `addItem:<group>`, `removeItem:<group>:<i>` or `removeDocument:<id>`. */
function parseIntent(raw: string): Intent {
  const [kind, first = "", second = ""] = raw.split(":");
  if (kind === "addItem") return { kind, key: first };
  if (kind === "removeItem") return { kind, prefix: `${first}.${second}` };
  if (kind === "removeDocument") return { kind, documentId: first };
  return { kind: kind === "later" ? "later" : "continue" };
}

function withoutGroupItem(formData: FormData, prefix: string): FormData {
  const kept = new FormData();
  for (const [name, value] of formData.entries()) if (name !== prefix && !name.startsWith(`${prefix}.`)) kept.append(name, value);
  return kept;
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
    const { actor, context } = await actionRequest();
    const answers = [...formData.entries()].filter(([, value]) => typeof value === "string");
    await saveApplicationForm(actor, { applicationId, entries: answers, validate: false }, context);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false };
    throw error;
  }
}

/** The declaration is checked before anything else: without it nothing is sent. */
function requireDeclaration(formData: FormData) {
  if (formData.get("declaration") !== "on") {
    throw new AppError("INVALID", "form.errorSummaryTitle", { declaration: ["application.declarationRequired"] });
  }
}

export async function submitApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      requireDeclaration(formData);
      await submitApplication(actor, applicationId, { updateProfile: formData.getAll("updateProfile").map(String) }, context);
    },
    { formError, onSuccess: () => `/permohonan/${applicationId}/terkirim` },
  );
}

export async function resubmitApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      requireDeclaration(formData);
      await resubmitApplication(actor, applicationId, context);
    },
    { formError, onSuccess: () => `/permohonan/${applicationId}` },
  );
}

export async function withdrawApplicationAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => withdrawApplication(actor, applicationId, { reason: formData.get("reason") ?? undefined }, context), {
    formError,
    onSuccess: () => `/permohonan/${applicationId}`,
  });
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
  const blank = blankFieldErrors(formData, ["trackingNumber", "secret"]);
  if (Object.keys(blank).length) return { values: formValues(formData, ["secret"]), fieldErrors: blank };
  return runFormAction(
    formData,
    async ({ actor, context }) =>
      trackedView(await trackApplication(actor, { trackingNumber: formData.get("trackingNumber") ?? "", secret: formData.get("secret") ?? "" }, context)),
    { omit: ["secret"], formError, onSuccess: (result, values): TrackState => ({ values, fieldErrors: {}, result }) },
  );
}

async function trackedView(tracked: Awaited<ReturnType<typeof trackApplication>>): Promise<TrackedApplicationView> {
  const { locale, t } = await getTranslator();
  const zone = tracked.agency.timezone;
  return {
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
}
