import { PageHeading } from "@/components/layout/page-heading";
import { AccessLogTable } from "@/components/privacy/access-log-table";
import { requireUser } from "@/lib/auth/page-guards";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { listStaffAccessToMyData } from "@/lib/privacy/queries";

export const generateMetadata = pageTitle("privacy.accessLog.title");
export const dynamic = "force-dynamic";

/** "Who viewed my data" (UU PDP 27/2022: the data subject's right to information). */
export default async function AccessLogPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/akun/akses-data")]);
  const entries = await listStaffAccessToMyData(actor);
  return (
    <div className="max-w-5xl">
      <PageHeading back={{ href: "/akun", label: t("account.title") }} title={t("privacy.accessLog.title")} lead={t("privacy.accessLog.lead")} />
      <AccessLogTable entries={entries} locale={locale} t={t} />
    </div>
  );
}
