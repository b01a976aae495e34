import { PageHeading } from "@/components/layout/page-heading";
import { PasswordConfirmForm } from "@/components/forms/password-confirm-form";
import { buttonSecondary } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { eraseMyAccountAction } from "@/lib/privacy/actions";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("privacy.data.title");
export const dynamic = "force-dynamic";

/** Right of access (download everything) and right to erasure (delete the account). */
export default async function MyDataPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/akun/data-saya")]);
  const isCitizenOnly = actor.roles.every((role) => role === "CITIZEN");
  return (
    <div className="max-w-3xl">
      <PageHeading back={{ href: "/akun", label: t("account.title") }} title={t("privacy.data.title")} lead={t("privacy.data.lead")} />
      <section aria-labelledby="download-heading" className="mb-10">
        <h2 id="download-heading" className="mb-2 text-2xl font-semibold">
          {t("privacy.download.title")}
        </h2>
        <p className="mb-4">{t("privacy.download.lead")}</p>
        {/* A plain link: the browser saves the streamed zip; no script needed. */}
        <a href="/api/akun/data-saya" className={buttonSecondary} download>
          {t("privacy.download.link")}
        </a>
      </section>
      {isCitizenOnly ? (
        <section aria-labelledby="erase-heading">
          <h2 id="erase-heading" className="mb-2 text-2xl font-semibold">
            {t("privacy.erase.title")}
          </h2>
          <p className="mb-4">{t("privacy.erase.lead")}</p>
          <PasswordConfirmForm
            action={eraseMyAccountAction}
            messages={messagesFor(locale, ["privacy.", "form.", "validation.", "accountSecurity."])}
            submitLabel={t("privacy.erase.submit")}
            password={{ name: "password", label: "privacy.erase.password" }}
            statement="privacy.erase.confirm"
          />
        </section>
      ) : null}
    </div>
  );
}
