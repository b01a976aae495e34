import { NoticePage } from "@/components/layout/notice-page";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("legal.privacy.title");

/** The privacy notice (UU 27/2022): what is kept, why, who sees it, and the rights the portal lets a citizen use. */
export default async function PrivacyNoticePage() {
  const { t } = await getTranslator();
  const sections = (["who", "what", "why", "access", "retention", "rights", "cookies"] as const).map((name) => ({
    title: `legal.privacy.${name}.title` as const,
    body: `legal.privacy.${name}.body` as const,
  }));
  return <NoticePage title="legal.privacy.title" lead="legal.privacy.lead" sections={sections} t={t} />;
}
