"use server";
import { AuthError } from "next-auth";
import { runFormAction } from "@/lib/auth/action-runner";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { safeRedirectPath } from "@/lib/platform/redirects";
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

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
