"use server";
import { AuthError } from "next-auth";
import { runFormAction } from "@/lib/auth/action-runner";
import { currentSessionId } from "@/lib/auth/current-actor";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { safeRedirectPath } from "@/lib/platform/redirects";
import { PROVIDER_SIGN_OUT_PATH, providerOfSession } from "./oidc/sign-out";
import { secondFactorStepPath } from "./second-factor/paths";
import { registerCitizen } from "./use-cases/register-citizen";

const SECRET_FIELDS = ["password", "passwordConfirm"] as const;

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, SECRET_FIELDS);
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"), "/akun");
  const blank = blankFieldErrors(formData, ["email", "password"]);
  if (Object.keys(blank).length) return { values, fieldErrors: blank };
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      // The second step lets a session without a second factor straight through to `redirectTo`.
      redirectTo: secondFactorStepPath(redirectTo),
    });
  } catch (error) {
    // signIn throws a redirect on success: only Auth.js' own errors are failures.
    if (error instanceof AuthError) {
      const code = "code" in error ? error.code : undefined;
      return {
        values,
        fieldErrors: {},
        formError: code === "rate_limited" ? "auth.rateLimited" : "auth.invalidCredentials",
      };
    }
    throw error;
  }
  return { values, fieldErrors: {} };
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => registerCitizen(actor, Object.fromEntries(formData.entries()), context), {
    omit: SECRET_FIELDS,
    formError: "always",
    // The same page whether the account is new or already existed (see registerCitizen).
    onSuccess: () => "/daftar/cek-email",
  });
}

/**
 * Ends the portal session. One opened through a provider continues to the provider's own sign-out
 * (lib/identity/oidc/sign-out.ts), through a page of ours: the security policy lets a form post lead only to the
 * portal itself.
 */
export async function signOutAction(): Promise<void> {
  const provider = await providerOfSession(await currentSessionId());
  await signOut({ redirectTo: provider ? `${PROVIDER_SIGN_OUT_PATH}?penyedia=${encodeURIComponent(provider)}` : "/" });
}
