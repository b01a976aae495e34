import { NoticePage } from "@/components/layout/notice-page";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("legal.terms.title");

export default async function TermsPage() {
  const { t } = await getTranslator();
  const sections = (["use", "services", "complaints", "documents", "changes"] as const).map((name) => ({
    title: `legal.terms.${name}.title` as const,
    body: `legal.terms.${name}.body` as const,
  }));
  return <NoticePage title="legal.terms.title" lead="legal.terms.lead" sections={sections} t={t} />;
}
