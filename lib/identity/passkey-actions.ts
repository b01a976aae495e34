"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import { currentPendingSecondFactor, currentSessionId } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import type { FormState } from "@/lib/platform/form-state";
import { ACCOUNT_SECURITY_PATH, COUNTER_FACTOR_RESET_PATH, PASSKEY_ADD_PATH } from "./second-factor/paths";
import { finishPasskeyRegistration } from "./use-cases/finish-passkey-registration";
import { regenerateRecoveryCodes } from "./use-cases/regenerate-recovery-codes";
import { removeOwnFactor } from "./use-cases/remove-own-factor";
import { resetCitizenFactorAtCounter } from "./use-cases/reset-citizen-factor-at-counter";
import { startPasskeyProof } from "./use-cases/start-passkey-proof";
import { startPasskeyRegistration } from "./use-cases/start-passkey-registration";
import { startPasskeySignIn } from "./use-cases/start-passkey-sign-in";

/** A ceremony's options for the browser (navigator.credentials.create/get), or the refusal. */
export type CeremonyState = FormState & { options?: object };
/** After a change that made recovery codes, the form stays and shows them, once. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

const withOptions = (options: object): CeremonyState => ({ values: {}, fieldErrors: {}, options });
/** What the forms post besides their fields: the browser's passkey answer, when a passkey was used. */
const proofOf = (formData: FormData) => ({ code: formData.get("code") ?? undefined, passkeyResponse: formData.get("passkeyResponse") ?? undefined });

/** Options to create a passkey for one's own account. */
export async function passkeyRegistrationOptionsAction(): Promise<CeremonyState> {
  return runFormAction(new FormData(), ({ actor }) => startPasskeyRegistration(actor), { onSuccess: withOptions, formError: "always" });
}

/** Options to answer the sign-in's second step with a passkey, for the session that passed the password. */
export async function passkeySignInOptionsAction(): Promise<CeremonyState> {
  const pending = await currentPendingSecondFactor();
  return runFormAction(
    new FormData(),
    () => {
      if (!pending) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
      return startPasskeySignIn(pending);
    },
    { onSuccess: withOptions, formError: "always" },
  );
}

/** Options to re-prove a passkey before changing one's own factors. */
export async function passkeyProofOptionsAction(): Promise<CeremonyState> {
  return runFormAction(new FormData(), ({ actor }) => startPasskeyProof(actor), { onSuccess: withOptions, formError: "always" });
}

/** Names and stores the passkey the browser made; the first factor of an account also shows its recovery codes. */
export async function finishPasskeyRegistrationAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const sessionId = await currentSessionId();
  return runFormAction<{ recoveryCodes: string[] | null }, RecoveryCodesState>(
    formData,
    ({ actor, context }) =>
      finishPasskeyRegistration(actor, { name: formData.get("name"), response: formData.get("passkeyResponse") }, { ...context, sessionId }),
    {
      omit: ["passkeyResponse"],
      formError: "specific",
      onSuccess: ({ recoveryCodes }) => {
        revalidatePath("/", "layout");
        return recoveryCodes ? { values: {}, fieldErrors: {}, recoveryCodes } : `${ACCOUNT_SECURITY_PATH}?hasil=passkey-ditambahkan`;
      },
      signInReturnPath: PASSKEY_ADD_PATH,
    },
  );
}

/** Bound to one factor ("totp" or a passkey's id): removes it after the password and a proof. */
export async function removeOwnFactorAction(factor: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, context }) => removeOwnFactor(actor, { factor, currentPassword: formData.get("currentPassword"), ...proofOf(formData) }, context),
    {
      omit: ["currentPassword", "code", "passkeyResponse"],
      formError: "specific",
      onSuccess: `${ACCOUNT_SECURITY_PATH}?hasil=faktor-dihapus`,
      signInReturnPath: ACCOUNT_SECURITY_PATH,
    },
  );
}

/** New recovery codes after a proof; the form stays and shows them, once. */
export async function regenerateRecoveryCodesAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return runFormAction<{ recoveryCodes: string[] }, RecoveryCodesState>(
    formData,
    ({ actor, context }) => regenerateRecoveryCodes(actor, proofOf(formData), context),
    {
      omit: ["code", "passkeyResponse"],
      formError: "specific",
      onSuccess: ({ recoveryCodes }) => ({ values: {}, fieldErrors: {}, recoveryCodes }),
      signInReturnPath: ACCOUNT_SECURITY_PATH,
    },
  );
}

/** The counter officer resets a citizen's second factor after checking the KTP-el in person. */
export async function resetCitizenFactorAtCounterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => resetCitizenFactorAtCounter(actor, Object.fromEntries(formData.entries()), context), {
    omit: ["nikMatched"],
    onSuccess: ({ reset }) => `${COUNTER_FACTOR_RESET_PATH}?hasil=${reset ? "diatur-ulang" : "tidak-ada"}`,
  });
}
