import { ComplaintFormSection } from "@/components/complaints/complaint-form-page";
import { PageHeading } from "@/components/layout/page-heading";
import { currentActor } from "@/lib/auth/current-actor";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("wbs.title");
export const dynamic = "force-dynamic";

/** The whistleblowing channel: separate from complaints, read by the integrity unit only. */
export default async function WhistleblowingPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), currentActor()]);
  return (
    <div>
      <PageHeading title={t("wbs.title")} lead={t("wbs.lead")} />
      <p className="mb-6 max-w-3xl border-l-8 border-brand-600 bg-white p-4" data-testid="wbs-protection">
        {t("wbs.protection")}
      </p>
      <ComplaintFormSection mode="whistleblowing" actor={actor} locale={locale} t={t} initial={{}} signInHref="/masuk" />
    </div>
  );
}
