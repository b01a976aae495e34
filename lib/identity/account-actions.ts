"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import { signIn } from "@/lib/auth/next-auth";
import type { FormState } from "@/lib/platform/form-state";
import { changePassword } from "./use-cases/change-password";
import { confirmEmail } from "./use-cases/confirm-email";
import { setPasswordFromLink } from "./use-cases/set-password-from-link";
import { unlockAccount } from "./use-cases/unlock-account";

/** Passwords are never echoed back; with no other field, the form starts empty after an error. */
const NOTHING_KEPT: { values: Record<string, string> } = { values: {} };

export async function setPasswordFromLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ context }) => setPasswordFromLink(Object.fromEntries(formData.entries()), context), {
    ...NOTHING_KEPT,
    onSuccess: () => "/masuk?pesan=sandi-diatur",
  });
}

/** The link's token is bound in; the page only shows a button, so a mail scanner fetching the link changes nothing. */
export async function confirmEmailAction(token: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ context }) => confirmEmail({ token }, context), {
    ...NOTHING_KEPT,
    onSuccess: () => "/masuk?pesan=email-dikonfirmasi",
  });
}

export async function unlockAccountAction(token: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ context }) => unlockAccount({ token }, context), { ...NOTHING_KEPT, onSuccess: () => "/masuk?pesan=akun-dibuka" });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = Object.fromEntries(formData.entries());
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      const changed = await changePassword(actor, input, context);
      // Every session ended with the old version, this one too: sign it in again under the new one (Auth.js redirects).
      await signIn("credentials", { email: changed.email, password: input.password, redirectTo: "/akun/keamanan?hasil=sandi-diubah" });
    },
    NOTHING_KEPT,
  );
}
