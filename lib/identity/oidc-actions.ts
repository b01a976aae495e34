"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import { currentSessionId } from "@/lib/auth/current-actor";
import type { FormState } from "@/lib/platform/form-state";
import { OIDC_ADMIN_PATH, oidcUnlinkPath } from "./oidc/paths";
import { ACCOUNT_SECURITY_PATH } from "./second-factor/paths";
import { saveOidcProvider } from "./use-cases/save-oidc-provider";
import { unlinkOwnProvider } from "./use-cases/unlink-own-provider";

/** Admin › identity providers: register or change one (the client secret is never echoed back into the form). */
export async function saveOidcProviderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => saveOidcProvider(actor, Object.fromEntries(formData.entries()), context), {
    omit: ["clientSecret"],
    onSuccess: () => {
      revalidatePath(OIDC_ADMIN_PATH);
      revalidatePath("/masuk");
      return `${OIDC_ADMIN_PATH}?hasil=disimpan`;
    },
  });
}

/**
 * A citizen unlinks a citizen provider after re-entering the password. When this browser had signed in through
 * that provider its session has ended with the link: the sign-in page says so.
 */
export async function unlinkOwnProviderAction(provider: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const sessionId = await currentSessionId();
  return runFormAction(
    formData,
    ({ actor, context }) => unlinkOwnProvider(actor, { provider, currentPassword: formData.get("currentPassword") }, { ...context, sessionId }),
    {
      omit: ["currentPassword"],
      formError: "specific",
      onSuccess: ({ endedThisSession }) => (endedThisSession ? "/masuk?pesan=tautan-diputus" : `${ACCOUNT_SECURITY_PATH}?sso=diputus`),
      signInReturnPath: oidcUnlinkPath(provider),
    },
  );
}
