import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { CodeForm } from "@/components/identity/code-form";
import { PasskeyForm } from "@/components/identity/passkey-form";
import { buttonSecondary } from "@/components/ui/styles";
import { signInPath } from "@/lib/auth/action-runner";
import { currentActor, currentPendingSecondFactor } from "@/lib/auth/current-actor";
import { passkeySignInOptionsAction } from "@/lib/identity/passkey-actions";
import { cancelSecondFactorAction, verifySecondFactorAction } from "@/lib/identity/second-factor-actions";
import { pendingHasPasskey } from "@/lib/identity/second-factor/queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { safeRedirectPath } from "@/lib/platform/redirects";

export const generateMetadata = pageTitle("secondFactor.verifyTitle");
export const dynamic = "force-dynamic";

/**
 * The sign-in's second step. Every password sign-in passes here: a session
 * that owes no second factor goes straight on to where it was going. An
 * account with a passkey may answer with it, or with a code.
 */
export default async function SecondFactorStepPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, actor, pending, params] = await Promise.all([getTranslator(), currentActor(), currentPendingSecondFactor(), searchParams]);
  const callbackUrl = safeRedirectPath(params.callbackUrl, "/akun");
  if (actor.kind === "user") redirect(callbackUrl);
  if (!pending) redirect(signInPath(callbackUrl));
  const has = await pendingHasPasskey(pending);
  const messages = messagesFor(locale, ["secondFactor.", "factors.", "form.", "validation.", "auth.rateLimited", "error."]);
  return (
    <div>
      <PageHeading title={t("secondFactor.verifyTitle")} lead={t(has.passkey && !has.totp ? "factors.verifyLeadPasskey" : "secondFactor.verifyLead")} />
      {has.passkey ? (
        <PasskeyForm
          action={verifySecondFactorAction}
          messages={messages}
          passkey={{ mode: "authenticate", options: passkeySignInOptionsAction, label: t("factors.passkeys.useSubmit") }}
          fields={{ code: true }}
          codeIntro={t("factors.passkeys.orCode")}
          submitLabel={t("secondFactor.verifySubmit")}
          callbackUrl={callbackUrl}
        />
      ) : (
        <CodeForm action={verifySecondFactorAction} messages={messages} submitLabel={t("secondFactor.verifySubmit")} callbackUrl={callbackUrl} />
      )}
      <p className="mt-8 max-w-md text-slate-700">{t("secondFactor.lostFactor")}</p>
      <form action={cancelSecondFactorAction} className="mt-4">
        <button type="submit" className={buttonSecondary}>
          {t("secondFactor.cancel")}
        </button>
      </form>
    </div>
  );
}
