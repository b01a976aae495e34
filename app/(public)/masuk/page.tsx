import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { SignInForm } from "@/components/forms/sign-in-form";
import { currentActor, currentPendingSecondFactor } from "@/lib/auth/current-actor";
import { secondFactorStepPath } from "@/lib/identity/second-factor/paths";
import { signInNotice } from "@/lib/identity/sign-in-notices";
import { OidcSignInOptions } from "@/components/identity/oidc-sign-in-options";
import { oidcErrorMessage } from "@/lib/identity/oidc/paths";
import { signInProviders } from "@/lib/identity/oidc/queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { safeRedirectPath } from "@/lib/platform/redirects";

export const generateMetadata = pageTitle("auth.signInTitle");

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, actor, params] = await Promise.all([getTranslator(), currentActor(), searchParams]);
  const callbackUrl = safeRedirectPath(params.callbackUrl, "/akun");
  if (actor.kind === "user") redirect(callbackUrl);
  if (await currentPendingSecondFactor()) redirect(secondFactorStepPath(callbackUrl));
  const notice = signInNotice(params.pesan);
  return (
    <div>
      <PageHeading title={t("auth.signInTitle")} lead={t("auth.signInLead")} />
      {notice ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t(notice)}
        </div>
      ) : null}
      <SignInForm messages={messagesFor(locale, ["auth.", "form.", "validation.", "recovery.link"])} callbackUrl={callbackUrl} />
      <OidcSignInOptions providers={await signInProviders()} error={oidcErrorMessage(params.sso)} callbackUrl={callbackUrl} t={t} />
    </div>
  );
}
