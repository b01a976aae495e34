import { ImportForm } from "@/components/catalog-admin/import-form";
import { PageHeading } from "@/components/layout/page-heading";
import { importServiceAction } from "@/lib/catalog/admin-actions";
import { IMPORT_HREF, SERVICE_ADMIN_PATH } from "@/lib/catalog/admin-paths";
import { requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { listAgenciesForAdmin } from "@/lib/catalog/admin-queries";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.import.title");
export const dynamic = "force-dynamic";

/** Admin > services > import a shared service as a new draft. */
export default async function ImportServicePage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireCatalogAdmin(IMPORT_HREF)]);
  const agencies = await listAgenciesForAdmin(actor);
  return (
    <div>
      <PageHeading
        back={{ href: SERVICE_ADMIN_PATH, label: t("catalogAdmin.service.back") }}
        title={t("catalogAdmin.import.title")}
        lead={t("catalogAdmin.import.lead")}
      />
      <ImportForm
        action={importServiceAction}
        messages={messagesFor(locale, ["form.", "catalogAdmin.error.", "catalogAdmin.import."])}
        agencies={agencies.map((agency) => ({ value: agency.id, label: pick(locale, agency, "name") }))}
        labels={{
          file: t("catalogAdmin.import.file"),
          agency: t("catalogAdmin.import.agency"),
          slug: t("catalogAdmin.import.slug"),
          slugHint: t("catalogAdmin.service.field.slugHint"),
          choose: t("catalogAdmin.service.choose"),
          submit: t("catalogAdmin.import.submit"),
        }}
      />
    </div>
  );
}
