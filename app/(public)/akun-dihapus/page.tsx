import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary } from "@/components/ui/styles";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("privacy.erase.title");

export default async function AccountErasedPage() {
  const { t } = await getTranslator();
  return (
    <div>
      <PageHeading title={t("privacy.erase.title")} lead={t("privacy.erase.done")} />
      <Link href="/" className={buttonSecondary}>
        {t("nav.home")}
      </Link>
    </div>
  );
}
