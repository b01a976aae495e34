"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { createOpen311Client, revokeOpen311Client } from "./open311/clients";
import { addComplaintNote } from "./use-cases/add-complaint-note";
import { claimComplaint } from "./use-cases/claim-complaint";
import { rejectComplaint } from "./use-cases/reject-complaint";
import { releaseComplaint } from "./use-cases/release-complaint";
import { respondToComplaint } from "./use-cases/respond-to-complaint";
import { verifyAndRouteComplaint } from "./use-cases/route-complaint";

const ip = async () => clientIp(await headers());

/** The case page a staff action returns to: complaints and whistleblowing live apart. */
export type CaseChannel = "complaints" | "integrity";
const casePath = (channel: CaseChannel, id: string) => (channel === "integrity" ? `/petugas/integritas/${id}` : `/petugas/pengaduan/${id}`);

/** Runs one case action; success goes back to the case (post/redirect/get), a refusal returns to the form with what was typed. */
async function caseAction(channel: CaseChannel, id: string, formData: FormData, run: () => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData);
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { values, fieldErrors: error.fieldErrors, formError: error.messageKey };
    throw error;
  }
  redirect(casePath(channel, id));
}

const input = (formData: FormData, ...fields: string[]) => Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));

export async function routeComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => verifyAndRouteComplaint(await currentActor(), id, input(formData, "agencyCode", "note", "version"), { ip: await ip() }));
}

export async function rejectComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => rejectComplaint(await currentActor(), id, input(formData, "code", "note", "version"), { ip: await ip() }));
}

export async function claimComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => claimComplaint(await currentActor(), id, input(formData, "version"), { ip: await ip() }));
}

export async function releaseComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => releaseComplaint(await currentActor(), id, input(formData, "version"), { ip: await ip() }));
}

export async function respondComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => respondToComplaint(await currentActor(), id, input(formData, "response", "version"), { ip: await ip() }));
}

export async function complaintNoteAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return caseAction(channel, id, formData, async () => addComplaintNote(await currentActor(), id, input(formData, "note"), { ip: await ip() }));
}

export type Open311ClientState = FormState & { created?: { name: string; key: string } };

export async function createOpen311ClientAction(_previous: Open311ClientState, formData: FormData): Promise<Open311ClientState> {
  const values = formValues(formData);
  try {
    const created = await createOpen311Client(await currentActor(), { name: formData.get("name") ?? "" }, { ip: await ip() });
    return { values: {}, fieldErrors: {}, created: { name: created.name, key: created.key } };
  } catch (error) {
    if (error instanceof AppError) return { values, fieldErrors: error.fieldErrors, formError: error.messageKey };
    throw error;
  }
}

export async function revokeOpen311ClientAction(clientId: string): Promise<void> {
  await revokeOpen311Client(await currentActor(), clientId, { ip: await ip() });
  redirect("/petugas/pengaduan/open311");
}
