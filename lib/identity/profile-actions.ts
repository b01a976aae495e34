"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { updateProfile } from "./use-cases/update-profile";

/** The profile form on /akun/profil; what was typed comes back with the errors. */
export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateProfile(await currentActor(), values, { ip: clientIp(await headers()) });
  } catch (error) {
    return formStateFromError(values, error);
  }
  redirect("/akun?hasil=profil-disimpan");
}
