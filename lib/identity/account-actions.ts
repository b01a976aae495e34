"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { signIn } from "@/lib/auth/next-auth";
import { formStateFromError, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { changePassword } from "./use-cases/change-password";
import { confirmEmail } from "./use-cases/confirm-email";
import { setPasswordFromLink } from "./use-cases/set-password-from-link";
import { unlockAccount } from "./use-cases/unlock-account";

const context = async () => ({ ip: clientIp(await headers()) });

/** Passwords are never echoed back; with no other field, the form starts empty after an error. */
const failed = (error: unknown) => formStateFromError({}, error);

export async function setPasswordFromLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await setPasswordFromLink(Object.fromEntries(formData.entries()), await context());
  } catch (error) {
    return failed(error);
  }
  redirect("/masuk?pesan=sandi-diatur");
}

/** The link's token is bound in; the page only shows a button, so a mail scanner fetching the link changes nothing. */
export async function confirmEmailAction(token: string): Promise<FormState> {
  try {
    await confirmEmail({ token }, await context());
  } catch (error) {
    return failed(error);
  }
  redirect("/masuk?pesan=email-dikonfirmasi");
}

export async function unlockAccountAction(token: string): Promise<FormState> {
  try {
    await unlockAccount({ token }, await context());
  } catch (error) {
    return failed(error);
  }
  redirect("/masuk?pesan=akun-dibuka");
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = Object.fromEntries(formData.entries());
  let changed: { email: string };
  try {
    changed = await changePassword(await currentActor(), input, await context());
  } catch (error) {
    return failed(error);
  }
  // Every session ended with the old version, this one too: sign it in again under the new one.
  await signIn("credentials", { email: changed.email, password: input.password, redirectTo: "/akun/keamanan?hasil=sandi-diubah" });
  return { values: {}, fieldErrors: {} };
}
