import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { CounterPathNote } from "@/components/recovery/counter-path-note";
import { linkStyle } from "@/components/ui/styles";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("recovery.sentTitle");

/** After asking for a recovery link, whatever happened (see requestPasswordRecovery). */
export default async function RecoverySentPage() {
  const { t } = await getTranslator();
  return (
    <div className="max-w-2xl">
      <PageHeading title={t("recovery.sentTitle")} lead={t("recovery.sentLead")} />
      <p>
        <Link href="/masuk" className={linkStyle}>
          {t("auth.signInLink")}
        </Link>
      </p>
      <CounterPathNote title={t("recovery.counterTitle")} text={t("recovery.counterText")} />
    </div>
  );
}
