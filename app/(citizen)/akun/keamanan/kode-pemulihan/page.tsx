import { PageHeading } from "@/components/layout/page-heading";
import { PasskeyForm } from "@/components/identity/passkey-form";
import { requireUser } from "@/lib/auth/page-guards";
import { passkeyProofOptionsAction, regenerateRecoveryCodesAction } from "@/lib/identity/passkey-actions";
import { ACCOUNT_SECURITY_PATH, RECOVERY_CODES_PATH } from "@/lib/identity/second-factor/paths";
import { ownPasskeys, ownSecondFactor } from "@/lib/identity/second-factor/queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("factors.recovery.regenerateTitle");
export const dynamic = "force-dynamic";

/** New recovery codes after proving a factor; the old ones stop working (regenerateRecoveryCodes). */
export default async function RecoveryCodesPage() {
  const actor = await requireUser(RECOVERY_CODES_PATH);
  const [{ locale, t }, totp, { passkeys }] = await Promise.all([getTranslator(), ownSecondFactor(actor), ownPasskeys(actor)]);
  const back = { href: ACCOUNT_SECURITY_PATH, label: t("accountSecurity.title") };
  return (
    <div>
      <PageHeading back={back} title={t("factors.recovery.regenerateTitle")} lead={t("factors.recovery.regenerateLead")} />
      {totp.state !== "on" && passkeys.length === 0 ? (
        <p className="max-w-2xl">{t("factors.error.noFactor")}</p>
      ) : (
        <PasskeyForm
          action={regenerateRecoveryCodesAction}
          messages={messagesFor(locale, ["secondFactor.", "factors.", "form.", "validation.", "auth.rateLimited", "error."])}
          passkey={
            passkeys.length > 0 ? { mode: "authenticate", options: passkeyProofOptionsAction, label: t("factors.recovery.regenerateWithPasskey") } : undefined
          }
          fields={{ code: totp.state === "on" }}
          submitLabel={t("factors.recovery.regenerateSubmit")}
          doneHref={ACCOUNT_SECURITY_PATH}
        />
      )}
    </div>
  );
}
