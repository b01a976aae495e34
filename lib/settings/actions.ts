"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import { formValues, type FormState } from "@/lib/platform/form-state";
import { purgePageCache } from "@/lib/platform/page-cache";
import { MAX_LOGO_BYTES } from "./logo";
import { SETTINGS_ADMIN_PATH } from "./paths";
import { updatePortalSettings } from "./use-cases/update-portal-settings";

/** The admin saves the portal's settings; every page shows them at once (Next.js's caches and the in-process page cache are emptied). */
export async function savePortalSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("logo");
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (upload && upload.size > MAX_LOGO_BYTES) return { values: formValues(formData), fieldErrors: { logo: ["settings.error.logoTooLarge"] } };
  return runFormAction(
    formData,
    async ({ actor, values, context }) => updatePortalSettings(actor, values, upload ? new Uint8Array(await upload.arrayBuffer()) : null, context),
    {
      formError: "specific",
      onSuccess: () => {
        revalidatePath("/", "layout");
        purgePageCache();
        return `${SETTINGS_ADMIN_PATH}?hasil=disimpan`;
      },
    },
  );
}
