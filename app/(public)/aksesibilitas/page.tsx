import { NoticePage } from "@/components/layout/notice-page";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("legal.accessibility.title");

export default async function AccessibilityStatementPage() {
  const { t } = await getTranslator();
  const sections = (["target", "limits", "feedback"] as const).map((name) => ({
    title: `legal.accessibility.${name}.title` as const,
    body: `legal.accessibility.${name}.body` as const,
  }));
  return <NoticePage title="legal.accessibility.title" lead="legal.accessibility.lead" sections={sections} t={t} />;
}
