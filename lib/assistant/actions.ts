"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { ASSISTANT_ADMIN_PATH } from "./admin-queries";
import { addServiceKeywords } from "./use-cases/add-service-keywords";

/** Admin > Tanya: add keywords to a service for an unanswered question; the list and the catalog show it at once. */
export async function addServiceKeywordsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => addServiceKeywords(actor, values, context), {
    onSuccess: () => {
      revalidatePath("/layanan", "layout");
      revalidatePath(ASSISTANT_ADMIN_PATH);
      return `${ASSISTANT_ADMIN_PATH}?hasil=ditambah`;
    },
  });
}
