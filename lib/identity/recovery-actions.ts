"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { recoverAccountAtCounter } from "./use-cases/recover-account-at-counter";
import { recoverPassword } from "./use-cases/recover-password";
import { requestPasswordRecovery } from "./use-cases/request-password-recovery";

export async function requestPasswordRecoveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => requestPasswordRecovery(actor, Object.fromEntries(formData.entries()), context), {
    // The same page whether or not the address has an account (see requestPasswordRecovery).
    onSuccess: () => "/lupa-sandi/terkirim",
  });
}

/** Passwords are never echoed back. */
export async function recoverPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ context }) => recoverPassword(Object.fromEntries(formData.entries()), context), {
    values: {},
    onSuccess: () => "/masuk?pesan=sandi-dipulihkan",
  });
}

export async function recoverAccountAtCounterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => recoverAccountAtCounter(actor, Object.fromEntries(formData.entries()), context), {
    omit: ["identityChecked"],
    onSuccess: () => "/petugas/pemulihan-akun?hasil=terkirim",
  });
}
