"use server";
import { redirect } from "next/navigation";
import { actionRequest, runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { createOpen311Client, revokeOpen311Client } from "./open311/clients";
import { addComplaintNote } from "./use-cases/add-complaint-note";
import { claimComplaint } from "./use-cases/claim-complaint";
import { rejectComplaint } from "./use-cases/reject-complaint";
import { releaseComplaint } from "./use-cases/release-complaint";
import { respondToComplaint } from "./use-cases/respond-to-complaint";
import { verifyAndRouteComplaint } from "./use-cases/route-complaint";

/** The case page a staff action returns to: complaints and whistleblowing live apart. */
export type CaseChannel = "complaints" | "integrity";
const casePath = (channel: CaseChannel, id: string) => (channel === "integrity" ? `/petugas/integritas/${id}` : `/petugas/pengaduan/${id}`);

/** Success goes back to the case (post/redirect/get); a refusal returns to the form with what was typed and its message. */
const backToCase = (channel: CaseChannel, id: string) => ({ formError: "always" as const, onSuccess: casePath(channel, id) });

const input = (formData: FormData, ...fields: string[]) => Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));

export async function routeComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) => verifyAndRouteComplaint(actor, id, input(formData, "agencyCode", "note", "version"), context),
    backToCase(channel, id),
  );
}

export async function rejectComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) => rejectComplaint(actor, id, input(formData, "code", "note", "version"), context),
    backToCase(channel, id),
  );
}

export async function claimComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => claimComplaint(actor, id, input(formData, "version"), context), backToCase(channel, id));
}

export async function releaseComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => releaseComplaint(actor, id, input(formData, "version"), context), backToCase(channel, id));
}

export async function respondComplaintAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) => respondToComplaint(actor, id, input(formData, "response", "version"), context),
    backToCase(channel, id),
  );
}

export async function complaintNoteAction(channel: CaseChannel, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => addComplaintNote(actor, id, input(formData, "note"), context), backToCase(channel, id));
}

export type Open311ClientState = FormState & { created?: { name: string; key: string } };

export async function createOpen311ClientAction(_previous: Open311ClientState, formData: FormData): Promise<Open311ClientState> {
  return runFormAction<{ name: string; key: string }, Open311ClientState>(
    formData,
    ({ actor, context }) => createOpen311Client(actor, { name: formData.get("name") ?? "" }, context),
    {
      formError: "always",
      onSuccess: (created) => ({ values: {}, fieldErrors: {}, created: { name: created.name, key: created.key } }),
    },
  );
}

export async function revokeOpen311ClientAction(clientId: string): Promise<void> {
  const { actor, context } = await actionRequest();
  await revokeOpen311Client(actor, clientId, context);
  redirect("/petugas/pengaduan/open311");
}
