"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { reapplyApplication } from "./use-cases/reapply-application";
import { renewApplication } from "./use-cases/renew-application";

/** "Apply again" on a rejected application: opens (or reopens) its pre-filled draft. */
export async function reapplyApplicationAction(applicationId: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => reapplyApplication(actor, applicationId, context), {
    formError: "specific",
    onSuccess: ({ id: draftId }) => `/permohonan/${draftId}/isi`,
  });
}

/** "Renew" on a document in the wallet that expires soon or has expired: opens (or reopens) its pre-filled renewal draft. */
export async function renewApplicationAction(applicationId: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => renewApplication(actor, applicationId, context), {
    formError: "specific",
    onSuccess: ({ id: draftId }) => `/permohonan/${draftId}/isi`,
  });
}
