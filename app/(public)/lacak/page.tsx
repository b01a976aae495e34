import { PageHeading } from "@/components/layout/page-heading";
import { TrackForm } from "@/components/tracking/track-form";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("tracking.title");

export default async function TrackPage() {
  const { locale, t } = await getTranslator();
  return (
    <div>
      <PageHeading title={t("tracking.title")} lead={t("tracking.lead")} />
      <TrackForm messages={messagesFor(locale, ["tracking.", "form.", "validation."])} />
    </div>
  );
}
