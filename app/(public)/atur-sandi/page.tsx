import { PageHeading } from "@/components/layout/page-heading";
import { SetPasswordForm } from "@/components/forms/set-password-form";
import { setPasswordFromLinkAction } from "@/lib/identity/account-actions";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("accountSecurity.setPasswordTitle");
export const dynamic = "force-dynamic";

/** The page an invitation email links to: the invited staff member chooses a password. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [{ locale, t }, params] = await Promise.all([getTranslator(), searchParams]);
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? "";
  return (
    <div>
      <PageHeading title={t("accountSecurity.setPasswordTitle")} lead={t("accountSecurity.setPasswordLead")} />
      <SetPasswordForm
        action={setPasswordFromLinkAction}
        token={token}
        messages={messagesFor(locale, ["auth.", "form.", "validation.", "accountSecurity.", "accountLink."])}
        submitLabel={t("accountSecurity.setPasswordSubmit")}
      />
    </div>
  );
}
