"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { updateProfile } from "./use-cases/update-profile";

/** The profile form on /akun/profil; what was typed comes back with the errors. */
export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => updateProfile(actor, values, context), { onSuccess: () => "/akun?hasil=profil-disimpan" });
}
