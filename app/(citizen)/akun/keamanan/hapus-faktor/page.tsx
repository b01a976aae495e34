import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { PasskeyForm } from "@/components/identity/passkey-form";
import { requireUser } from "@/lib/auth/page-guards";
import { passkeyProofOptionsAction, removeOwnFactorAction } from "@/lib/identity/passkey-actions";
import { ACCOUNT_SECURITY_PATH, REMOVE_FACTOR_PATH } from "@/lib/identity/second-factor/paths";
import { ownPasskeys, ownSecondFactor } from "@/lib/identity/second-factor/queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("factors.remove.title");
export const dynamic = "force-dynamic";

/** Removing one of one's own factors (`?faktor=totp` or a passkey's id), after the password and a proof (removeOwnFactor). */
export default async function RemoveFactorPage({ searchParams }: { searchParams: Promise<{ faktor?: string }> }) {
  const params = await searchParams;
  const actor = await requireUser(`${REMOVE_FACTOR_PATH}?faktor=${encodeURIComponent(params.faktor ?? "")}`);
  const [{ locale, t }, totp, { passkeys }] = await Promise.all([getTranslator(), ownSecondFactor(actor), ownPasskeys(actor)]);
  const target = params.faktor === "totp" ? (totp.state === "on" ? t("factors.totp.title") : null) : passkeys.find((p) => p.id === params.faktor)?.name;
  // Already removed (a second tab, the back button) or never there: the list of factors says what is left.
  if (!target || !params.faktor) redirect(ACCOUNT_SECURITY_PATH);
  return (
    <div>
      <PageHeading
        back={{ href: ACCOUNT_SECURITY_PATH, label: t("accountSecurity.title") }}
        title={t("factors.remove.title")}
        lead={t("factors.remove.lead")}
      />
      <p className="mb-6 font-semibold">{t("factors.remove.what", { name: target })}</p>
      <PasskeyForm
        action={removeOwnFactorAction.bind(null, params.faktor)}
        messages={messagesFor(locale, ["secondFactor.", "factors.", "accountSecurity.error.", "form.", "validation.", "auth.rateLimited", "error."])}
        passkey={passkeys.length > 0 ? { mode: "authenticate", options: passkeyProofOptionsAction, label: t("factors.remove.withPasskey") } : undefined}
        fields={{ currentPassword: true, code: totp.state === "on" }}
        submitLabel={t("factors.remove.submit")}
      />
    </div>
  );
}
