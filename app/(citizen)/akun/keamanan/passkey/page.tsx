import { PageHeading } from "@/components/layout/page-heading";
import { PasskeyForm } from "@/components/identity/passkey-form";
import { requireUser } from "@/lib/auth/page-guards";
import { finishPasskeyRegistrationAction, passkeyRegistrationOptionsAction } from "@/lib/identity/passkey-actions";
import { ACCOUNT_SECURITY_PATH, PASSKEY_ADD_PATH } from "@/lib/identity/second-factor/paths";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("factors.passkeys.addTitle");
export const dynamic = "force-dynamic";

/** Adding a passkey to one's own account: name it, then the browser's prompt. */
export default async function AddPasskeyPage() {
  const actor = await requireUser(PASSKEY_ADD_PATH);
  const { locale, t } = await getTranslator();
  return (
    <div>
      <PageHeading
        back={{ href: ACCOUNT_SECURITY_PATH, label: t("accountSecurity.title") }}
        title={t("factors.passkeys.addTitle")}
        lead={t("factors.passkeys.addLead")}
      />
      {actor.secondFactorMissing ? (
        <div role="status" className="mb-6 max-w-2xl border-l-4 border-accent-500 bg-white p-4 font-semibold text-slate-900">
          {t("secondFactor.requiredNotice")}
        </div>
      ) : null}
      <PasskeyForm
        action={finishPasskeyRegistrationAction}
        messages={messagesFor(locale, ["secondFactor.", "factors.", "form.", "validation.", "auth.rateLimited", "error."])}
        passkey={{ mode: "register", options: passkeyRegistrationOptionsAction, label: t("factors.passkeys.addSubmit") }}
        fields={{ name: true }}
        doneHref={ACCOUNT_SECURITY_PATH}
      />
    </div>
  );
}
