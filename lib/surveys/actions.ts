"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { submitSurvey, type SurveyTarget } from "./use-cases/submit-survey";

/** An expected refusal goes back to the form with what was chosen; anything else is a real error. */
function failed(values: Record<string, string>, error: unknown, returnPath: string): FormState {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "UNAUTHENTICATED") redirect(`/masuk?callbackUrl=${encodeURIComponent(returnPath)}`);
  return formStateFromError(values, error);
}

async function submit(target: SurveyTarget, formData: FormData, formPath: string): Promise<FormState | null> {
  const values = formValues(formData);
  try {
    await submitSurvey(await currentActor(), target, values, { ip: clientIp(await headers()) });
    return null;
  } catch (error) {
    return failed(values, error, formPath);
  }
}

/** The survey of a completed application; back to the application page once recorded. */
export async function submitApplicationSurveyAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const refused = await submit({ applicationId }, formData, `/permohonan/${applicationId}/survei`);
  if (refused) return refused;
  revalidatePath(`/permohonan/${applicationId}`);
  redirect(`/permohonan/${applicationId}#survei`);
}
