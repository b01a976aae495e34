"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import { currentPendingSecondFactor, currentSessionId } from "@/lib/auth/current-actor";
import { signOut } from "@/lib/auth/next-auth";
import { AppError } from "@/lib/platform/errors";
import type { FormState } from "@/lib/platform/form-state";
import { safeRedirectPath } from "@/lib/platform/redirects";
import { ACCOUNT_SECURITY_PATH, SECOND_FACTOR_ENROL_PATH } from "./second-factor/paths";
import { confirmTotpEnrolment } from "./use-cases/confirm-totp-enrolment";
import { endOwnSessions } from "./use-cases/end-own-sessions";
import { resetSecondFactor } from "./use-cases/reset-second-factor";
import { setOfficerSecondFactorRule } from "./use-cases/set-officer-second-factor-rule";
import { startTotpEnrolment } from "./use-cases/start-totp-enrolment";
import { verifySecondFactor } from "./use-cases/verify-second-factor";

export type EnrolmentState = FormState & { recoveryCodes?: string[] };

export async function startTotpEnrolmentAction(): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor }) => startTotpEnrolment(actor), {
    onSuccess: SECOND_FACTOR_ENROL_PATH,
    signInReturnPath: SECOND_FACTOR_ENROL_PATH,
  });
}

/** On success the form stays and shows the recovery codes, once. */
export async function confirmTotpEnrolmentAction(_previous: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  const sessionId = await currentSessionId();
  return runFormAction<{ recoveryCodes: string[] }, EnrolmentState>(
    formData,
    // The code is not echoed back to the form (omit), so it is read from the form itself.
    ({ actor, context }) => confirmTotpEnrolment(actor, { code: formData.get("code") }, { ...context, sessionId }),
    { omit: ["code"], onSuccess: ({ recoveryCodes }) => ({ values: {}, fieldErrors: {}, recoveryCodes }), signInReturnPath: SECOND_FACTOR_ENROL_PATH },
  );
}

/** The sign-in's second step, for the session that passed the password. */
export async function verifySecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), "/akun");
  const pending = await currentPendingSecondFactor();
  return runFormAction(
    formData,
    ({ context }) => {
      if (!pending) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
      return verifySecondFactor(pending, { code: formData.get("code") ?? undefined, passkeyResponse: formData.get("passkeyResponse") ?? undefined }, context);
    },
    {
      omit: ["code", "passkeyResponse"],
      formError: "always",
      // No cookie changes (the session row does), so the layout (the header's "Masuk"/"Keluar") is rendered afresh on purpose.
      onSuccess: () => {
        revalidatePath("/", "layout");
        return callbackUrl;
      },
      signInReturnPath: callbackUrl,
    },
  );
}

/** Leaves the second step: the half-signed-in session ends. */
export async function cancelSecondFactorAction(): Promise<void> {
  await signOut({ redirectTo: "/masuk" });
}

/** Bound to one staff account; the admin's reset after a lost factor. */
export async function resetSecondFactorAction(userId: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => resetSecondFactor(actor, { userId }, context), {
    onSuccess: () => {
      revalidatePath("/petugas/admin/pengguna", "layout");
      return `/petugas/admin/pengguna/${encodeURIComponent(userId)}?hasil=faktor-diatur-ulang`;
    },
  });
}

/** Bound to one agency and direction. */
export async function setOfficerSecondFactorRuleAction(agencyId: string, required: boolean): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => setOfficerSecondFactorRule(actor, { agencyId, required }, context), {
    onSuccess: () => {
      revalidatePath("/petugas/admin/instansi", "layout");
      return `/petugas/admin/instansi/${encodeURIComponent(agencyId)}`;
    },
  });
}

/** Bound to one of the caller's sessions, or "all" for "sign out everywhere". */
export async function endOwnSessionAction(sessionId: string): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => endOwnSessions(actor, { sessionId }, context), {
    onSuccess: () => {
      if (sessionId !== "all") return `${ACCOUNT_SECURITY_PATH}?hasil=sesi-diakhiri`;
      revalidatePath("/", "layout");
      return "/masuk";
    },
    signInReturnPath: ACCOUNT_SECURITY_PATH,
  });
}
