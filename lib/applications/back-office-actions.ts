"use server";
import { redirect } from "next/navigation";
import { actionRequest, runFormAction } from "@/lib/auth/action-runner";
import { AppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/form-state";
import { addCaseNote, saveRequirementChecklist } from "./use-cases/add-case-note";
import { claimApplication, claimNextApplication } from "./use-cases/claim-application";
import { approveApplication, rejectApplication } from "./use-cases/decide-application";
import { reassignApplication } from "./use-cases/reassign-application";
import { releaseApplication } from "./use-cases/release-application";
import { requestCorrection } from "./use-cases/request-correction";
import { revealApplicantNik } from "./use-cases/reveal-applicant-nik";

const casePath = (id: string) => `/petugas/permohonan/${id}`;
const version = (formData: FormData) => {
  const raw = formData.get("version");
  return typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : undefined;
};

/** Success goes back to the case (post/redirect/get); a refusal returns to the form with what was typed and its message. */
const backToCase = (id: string) => ({ formError: "always" as const, onSuccess: casePath(id) });

export async function claimNextAction(agencyId: string, agencyCode: string): Promise<void> {
  const { actor, context } = await actionRequest();
  const claimed = await claimNextApplication(actor, agencyId, context);
  redirect(claimed ? casePath(claimed.id) : `/petugas/permohonan?instansi=${encodeURIComponent(agencyCode)}&kosong=1`);
}

export async function claimAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => claimApplication(actor, id, { ...context, expectedVersion: version(formData) }), backToCase(id));
}

export async function releaseAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => releaseApplication(actor, id, { ...context, expectedVersion: version(formData) }), backToCase(id));
}

export async function requestCorrectionAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) =>
      requestCorrection(actor, id, { note: formData.get("note"), fields: formData.getAll("fields"), version: formData.get("version") ?? undefined }, context),
    // Ticked boxes repeat one name; keep them all so a refused form comes back as it was.
    { ...backToCase(id), values: { ...formValues(formData), fields: formData.getAll("fields").join(",") } },
  );
}

export async function approveAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) => approveApplication(actor, id, { note: formData.get("note") ?? undefined, version: formData.get("version") ?? undefined }, context),
    backToCase(id),
  );
}

export async function rejectAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) =>
      rejectApplication(
        actor,
        id,
        { reason: formData.get("reason") ?? undefined, note: formData.get("note") ?? "", version: formData.get("version") ?? undefined },
        context,
      ),
    backToCase(id),
  );
}

export async function addNoteAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => addCaseNote(actor, id, { note: formData.get("note") ?? "" }, context), backToCase(id));
}

export async function saveChecklistAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => saveRequirementChecklist(actor, id, { checked: formData.getAll("checked") }, context), backToCase(id));
}

export async function reassignAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) =>
      reassignApplication(actor, id, { officerId: formData.get("officerId") ?? "", version: formData.get("version") ?? undefined }, context),
    backToCase(id),
  );
}

export type RevealState = { nik?: string; formError?: FormState["formError"] };

export async function revealNikAction(id: string): Promise<RevealState> {
  const { actor, context } = await actionRequest();
  try {
    return { nik: await revealApplicantNik(actor, id, context) };
  } catch (error) {
    if (error instanceof AppError) return { formError: error.messageKey };
    throw error;
  }
}
