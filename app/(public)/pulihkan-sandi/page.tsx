import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { SetPasswordForm } from "@/components/forms/set-password-form";
import { CounterPathNote } from "@/components/recovery/counter-path-note";
import { linkStyle } from "@/components/ui/styles";
import { recoverPasswordAction } from "@/lib/identity/recovery-actions";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("recovery.resetTitle");
export const dynamic = "force-dynamic";

/** The page a recovery email links to: choose a new password (the link is checked when the form is sent). */
export default async function RecoverPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [{ locale, t }, params] = await Promise.all([getTranslator(), searchParams]);
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? "";
  return (
    <div>
      <PageHeading title={t("recovery.resetTitle")} lead={t("recovery.resetLead")} />
      <SetPasswordForm
        action={recoverPasswordAction}
        token={token}
        messages={messagesFor(locale, ["auth.", "form.", "validation.", "accountSecurity.", "accountLink."])}
        submitLabel={t("recovery.resetSubmit")}
      />
      <p className="mt-6">
        <Link href="/lupa-sandi" className={linkStyle}>
          {t("recovery.resetExpired")}
        </Link>
      </p>
      <CounterPathNote title={t("recovery.counterTitle")} text={t("recovery.counterText")} />
    </div>
  );
}
