"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { submitSurvey } from "./use-cases/submit-survey";

/** The survey of a completed application; back to the application page once recorded (someone signed out signs in first). */
export async function submitApplicationSurveyAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => submitSurvey(actor, { applicationId }, values, context), {
    signInReturnPath: `/permohonan/${applicationId}/survei`,
    onSuccess: () => {
      revalidatePath(`/permohonan/${applicationId}`);
      return `/permohonan/${applicationId}#survei`;
    },
  });
}
