import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("accountSecurity.checkEmailTitle");

/** After registering, whatever happened: the email says what to do next (see registerCitizen). */
export default async function CheckEmailPage() {
  const { t } = await getTranslator();
  return (
    <div className="max-w-2xl">
      <PageHeading title={t("accountSecurity.checkEmailTitle")} lead={t("accountSecurity.checkEmailLead")} />
      <p>
        <Link href="/masuk" className={linkStyle}>
          {t("auth.signInLink")}
        </Link>
      </p>
    </div>
  );
}
