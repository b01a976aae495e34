import { Link } from "@/components/ui/link";
import { FormPreview } from "@/components/catalog-admin/form-preview";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { previewFormAction } from "@/lib/catalog/admin-actions";
import { formBuilderHref, previewHref } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.preview.title");
export const dynamic = "force-dynamic";

/** Admin > service > the draft form as a citizen sees it. */
export default async function FormPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const actor = await requireCatalogAdmin(previewHref(id));
  const service = await orNotFound(getServiceForAdmin(actor, id));
  const definition = formDefinitionSchema.safeParse(service.draft.formDefinition);
  return (
    <div>
      <PageHeading
        back={{ href: formBuilderHref(service.id), label: t("catalogAdmin.form.backToBuilder") }}
        title={`${t("catalogAdmin.preview.title")}: ${pick(locale, service, "name")}`}
        lead={t("catalogAdmin.preview.lead")}
      />
      {definition.success ? (
        <FormPreview
          definition={definition.data}
          locale={locale}
          messages={messagesFor(locale, ["form.", "application.", "catalogAdmin.preview."])}
          action={previewFormAction.bind(null, service.id)}
          fileNote={t("catalogAdmin.preview.fileNote")}
        />
      ) : (
        <p role="status" className="max-w-3xl border-l-4 border-accent-500 bg-white p-4">
          {t("catalogAdmin.preview.invalid")}{" "}
          <Link href={formBuilderHref(service.id)} className={linkStyle}>
            {t("catalogAdmin.form.backToBuilder")}
          </Link>
        </p>
      )}
    </div>
  );
}
