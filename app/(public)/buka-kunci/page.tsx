import { AccountLinkPage } from "@/components/forms/account-link-page";
import { unlockAccountAction } from "@/lib/identity/account-actions";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("accountSecurity.unlockTitle");
export const dynamic = "force-dynamic";

/** Where the "your account was locked" email's link leads. */
export default async function UnlockAccountPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [{ locale, t }, params] = await Promise.all([getTranslator(), searchParams]);
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? "";
  return (
    <AccountLinkPage
      title={t("accountSecurity.unlockTitle")}
      lead={t("accountSecurity.unlockLead")}
      submitLabel={t("accountSecurity.unlockSubmit")}
      action={unlockAccountAction.bind(null, token)}
      messages={messagesFor(locale, ["form.", "accountLink."])}
    />
  );
}
