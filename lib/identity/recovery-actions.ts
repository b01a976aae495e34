"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { recoverAccountAtCounter } from "./use-cases/recover-account-at-counter";
import { recoverPassword } from "./use-cases/recover-password";
import { requestPasswordRecovery } from "./use-cases/request-password-recovery";

const context = async () => ({ ip: clientIp(await headers()) });

export async function requestPasswordRecoveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await requestPasswordRecovery(await currentActor(), Object.fromEntries(formData.entries()), await context());
  } catch (error) {
    return formStateFromError(values, error);
  }
  // The same page whether or not the address has an account (see requestPasswordRecovery).
  redirect("/lupa-sandi/terkirim");
}

/** Passwords are never echoed back. */
export async function recoverPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await recoverPassword(Object.fromEntries(formData.entries()), await context());
  } catch (error) {
    return formStateFromError({}, error);
  }
  redirect("/masuk?pesan=sandi-dipulihkan");
}

export async function recoverAccountAtCounterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["identityChecked"]);
  try {
    await recoverAccountAtCounter(await currentActor(), Object.fromEntries(formData.entries()), await context());
  } catch (error) {
    return formStateFromError(values, error);
  }
  redirect("/petugas/pemulihan-akun?hasil=terkirim");
}
