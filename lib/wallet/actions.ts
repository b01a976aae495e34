"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { shareWalletFacts } from "@/lib/applications/use-cases/share-wallet-facts";

/** "Fill in from My documents" on the application form: with consent, facts from a wallet output fill the form; back to the form. */
export async function shareWalletFactsAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      const result = await shareWalletFacts(
        actor,
        { applicationId, source: formData.get("source") ?? "", consent: formData.get("consent") ?? undefined },
        context,
      );
      revalidatePath(`/permohonan/${applicationId}/isi`);
      return result;
    },
    { formError: "fieldsOnly", onSuccess: `/permohonan/${applicationId}/isi#shared-facts-title` },
  );
}
