"use server";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { signOut } from "@/lib/auth/next-auth";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { eraseMyAccount } from "./use-cases/erase-my-account";

export async function eraseMyAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  try {
    await eraseMyAccount(await currentActor(), Object.fromEntries(formData.entries()), { ip: clientIp(await headers()) });
  } catch (error) {
    return formStateFromError(values, error);
  }
  // Every session already ended with the account; this clears the cookie of the one in hand.
  await signOut({ redirectTo: "/akun-dihapus" });
  return { values, fieldErrors: {} };
}
