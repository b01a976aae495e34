"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import type { FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { reapplyApplication } from "./use-cases/reapply-application";

/** "Apply again" on a rejected application: opens (or reopens) its pre-filled draft. */
export async function reapplyApplicationAction(applicationId: string): Promise<FormState> {
  let draftId: string;
  try {
    ({ id: draftId } = await reapplyApplication(await currentActor(), applicationId, { ip: clientIp(await headers()) }));
  } catch (error) {
    if (error instanceof AppError) return { values: {}, fieldErrors: error.fieldErrors, formError: error.messageKey };
    throw error;
  }
  redirect(`/permohonan/${draftId}/isi`);
}
