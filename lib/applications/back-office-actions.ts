"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { addCaseNote, saveRequirementChecklist } from "./use-cases/add-case-note";
import { claimApplication, claimNextApplication } from "./use-cases/claim-application";
import { approveApplication, rejectApplication } from "./use-cases/decide-application";
import { reassignApplication } from "./use-cases/reassign-application";
import { releaseApplication } from "./use-cases/release-application";
import { requestCorrection } from "./use-cases/request-correction";
import { revealApplicantNik } from "./use-cases/reveal-applicant-nik";

const casePath = (id: string) => `/petugas/permohonan/${id}`;
const ip = async () => clientIp(await headers());
const version = (formData: FormData) => {
  const raw = formData.get("version");
  return typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : undefined;
};

/** Runs one case action; success goes back to the case (post/redirect/get), a refusal returns to the form with what was typed. */
async function caseAction(id: string, formData: FormData, run: () => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData);
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { values, fieldErrors: error.fieldErrors, formError: error.messageKey };
    throw error;
  }
  redirect(casePath(id));
}

export async function claimNextAction(agencyId: string, agencyCode: string): Promise<void> {
  const claimed = await claimNextApplication(await currentActor(), agencyId, { ip: await ip() });
  redirect(claimed ? casePath(claimed.id) : `/petugas/permohonan?instansi=${encodeURIComponent(agencyCode)}&kosong=1`);
}

export async function claimAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () => claimApplication(await currentActor(), id, { ip: await ip(), expectedVersion: version(formData) }));
}

export async function releaseAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () => releaseApplication(await currentActor(), id, { ip: await ip(), expectedVersion: version(formData) }));
}

export async function requestCorrectionAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await caseAction(id, formData, async () =>
    requestCorrection(await currentActor(), id, { note: formData.get("note"), fields: formData.getAll("fields"), version: formData.get("version") ?? undefined }, { ip: await ip() }),
  );
  // Ticked boxes repeat one name; keep them all so a refused form comes back as it was.
  return { ...state, values: { ...state.values, fields: formData.getAll("fields").join(",") } };
}

export async function approveAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () =>
    approveApplication(await currentActor(), id, { note: formData.get("note") ?? undefined, version: formData.get("version") ?? undefined }, { ip: await ip() }),
  );
}

export async function rejectAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () =>
    rejectApplication(
      await currentActor(),
      id,
      { reason: formData.get("reason") ?? undefined, note: formData.get("note") ?? "", version: formData.get("version") ?? undefined },
      { ip: await ip() },
    ),
  );
}

export async function addNoteAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () => addCaseNote(await currentActor(), id, { note: formData.get("note") ?? "" }, { ip: await ip() }));
}

export async function saveChecklistAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () =>
    saveRequirementChecklist(await currentActor(), id, { checked: formData.getAll("checked") }, { ip: await ip() }),
  );
}

export async function reassignAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(id, formData, async () =>
    reassignApplication(await currentActor(), id, { officerId: formData.get("officerId") ?? "", version: formData.get("version") ?? undefined }, { ip: await ip() }),
  );
}

export type RevealState = { nik?: string; formError?: FormState["formError"] };

export async function revealNikAction(id: string): Promise<RevealState> {
  try {
    return { nik: await revealApplicantNik(await currentActor(), id, { ip: await ip() }) };
  } catch (error) {
    if (error instanceof AppError) return { formError: error.messageKey };
    throw error;
  }
}
