"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import { signOut } from "@/lib/auth/next-auth";
import type { FormState } from "@/lib/platform/form-state";
import { eraseMyAccount } from "./use-cases/erase-my-account";

export async function eraseMyAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      await eraseMyAccount(actor, Object.fromEntries(formData.entries()), context);
      // Every session already ended with the account; this clears the cookie of the one in hand (Auth.js redirects).
      await signOut({ redirectTo: "/akun-dihapus" });
    },
    { omit: ["password"] },
  );
}
