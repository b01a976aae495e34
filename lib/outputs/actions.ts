"use server";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { getTranslator } from "@/lib/platform/i18n/server";
import { issueOutput } from "./use-cases/issue-output";
import { revokeOutput } from "./use-cases/revoke-output";
import type { VerificationView } from "./verification-result";
import { presentedView, verifyPresentedFile, type PresentedAnswer } from "./verify-presented";

/** The officer's "issue the output" button on the case page; back to the case once it is done. */
export async function issueOutputAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => issueOutput(actor, applicationId, context), {
    formError: "always",
    onSuccess: () => `/petugas/permohonan/${applicationId}`,
  });
}

/** An admin's or supervisor's revocation, with its reason (`reason` field). */
export async function revokeOutputAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => revokeOutput(actor, applicationId, { reason: formData.get("reason") ?? "" }, context), {
    formError: "always",
    onSuccess: () => `/petugas/permohonan/${applicationId}`,
  });
}

export type VerifyFileState = FormState & { result?: VerificationView };

/** Public verification by upload (`file` field): an output document or a payment receipt. The answer is rendered to text here, so the page ships no catalogs. */
export async function verifyOutputFileAction(_previous: VerifyFileState, formData: FormData): Promise<VerifyFileState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { values: {}, fieldErrors: { file: ["verify.fileRequired"] } };
  return runFormAction<PresentedAnswer, VerifyFileState>(
    formData,
    async ({ actor, context }) => verifyPresentedFile(actor, new Uint8Array(await file.arrayBuffer()), context),
    {
      values: {},
      formError: "always",
      onSuccess: async (result) => {
        const { locale, t } = await getTranslator();
        return { values: {}, fieldErrors: {}, result: presentedView(result, "file", locale, t) };
      },
    },
  );
}
