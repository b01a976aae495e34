import { OperationList } from "@/components/developer/operation-list";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { currentOpenApiDocument } from "@/lib/developer/document";
import { OPENAPI_PATH } from "@/lib/developer/openapi";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("developer.title");
export const dynamic = "force-dynamic";

/** /pengembang: the machine-facing APIs, read from the same OpenAPI document /api/openapi.json serves. */
export default async function DeveloperPage() {
  const [{ t }, document] = await Promise.all([getTranslator(), currentOpenApiDocument()]);
  return (
    <article className="max-w-4xl">
      <PageHeading title={t("developer.title")} lead={t("developer.lead")} />
      <p className="mb-2">
        <a href={OPENAPI_PATH} className={linkStyle}>
          {t("developer.document")}
        </a>{" "}
        <code>{OPENAPI_PATH}</code>
      </p>
      <p className="mb-8 text-sm text-slate-700">{t("developer.englishNote")}</p>
      <OperationList document={document} t={t} />
    </article>
  );
}
