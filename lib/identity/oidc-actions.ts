"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { OIDC_ADMIN_PATH } from "./oidc/paths";
import { saveOidcProvider } from "./use-cases/save-oidc-provider";

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
