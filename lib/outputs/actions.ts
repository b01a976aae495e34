"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/form-state";
import { getTranslator } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/request-context";
import { issueOutput } from "./use-cases/issue-output";
import { revokeOutput } from "./use-cases/revoke-output";
import { verifyOutputByFile } from "./use-cases/verify-output";
import { verificationView, type VerificationView } from "./verification-result";

const requestIp = async () => clientIp(await headers());

function failed<S extends FormState>(state: S, error: unknown): S {
  if (error instanceof AppError) return { ...state, fieldErrors: error.fieldErrors, formError: error.messageKey };
  throw error;
}

/** The officer's "issue the output" button on the case page; back to the case once it is done. */
export async function issueOutputAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await issueOutput(await currentActor(), applicationId, { ip: await requestIp() });
  } catch (error) {
    return failed({ values, fieldErrors: {} }, error);
  }
  redirect(`/petugas/permohonan/${applicationId}`);
}

/** An admin's or supervisor's revocation, with its reason (`reason` field). */
export async function revokeOutputAction(applicationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await revokeOutput(await currentActor(), applicationId, { reason: formData.get("reason") ?? "" }, { ip: await requestIp() });
  } catch (error) {
    return failed({ values, fieldErrors: {} }, error);
  }
  redirect(`/petugas/permohonan/${applicationId}`);
}

export type VerifyFileState = FormState & { result?: VerificationView };

/** Public verification by upload (`file` field). The answer is rendered to text here, so the page ships no catalogs. */
export async function verifyOutputFileAction(_previous: VerifyFileState, formData: FormData): Promise<VerifyFileState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { values: {}, fieldErrors: { file: ["verify.fileRequired"] } };
  try {
    const result = await verifyOutputByFile(await currentActor(), new Uint8Array(await file.arrayBuffer()), { ip: await requestIp() });
    const { locale, t } = await getTranslator();
    return { values: {}, fieldErrors: {}, result: verificationView(result, "file", locale, t) };
  } catch (error) {
    return failed<VerifyFileState>({ values: {}, fieldErrors: {} }, error);
  }
}
