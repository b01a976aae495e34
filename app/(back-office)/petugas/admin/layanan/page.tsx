import { Link } from "@/components/ui/link";
import { serviceInputs } from "@/components/catalog-admin/inputs";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { ListTable } from "@/components/ui/list-table";
import { createServiceAction } from "@/lib/catalog/admin-actions";
import { catalogNotice, IMPORT_HREF, SERVICE_ADMIN_PATH, serviceAdminHref } from "@/lib/catalog/admin-paths";
import { requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { listAgenciesForAdmin, listServicesForAdmin } from "@/lib/catalog/admin-queries";
import { listCategories } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.service.title");
export const dynamic = "force-dynamic";

/** Admin > services: every service with its status and current version; add or import one. */
export default async function ServicesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, { locale, t }, actor] = await Promise.all([searchParams, getTranslator(), requireCatalogAdmin(SERVICE_ADMIN_PATH)]);
  const [services, agencies, categories] = await Promise.all([listServicesForAdmin(actor), listAgenciesForAdmin(actor), listCategories()]);
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("catalogAdmin.service.title")} lead={t("catalogAdmin.service.lead")} />
      <CatalogNoticeBanner notice={catalogNotice(params.hasil)} t={t} />
      <p className="mb-6">
        <Link href={IMPORT_HREF} className={linkStyle}>
          {t("catalogAdmin.service.importLink")}
        </Link>
      </p>
      <ListTable
        columns={[t("catalogAdmin.service.name"), t("catalogAdmin.service.agency"), t("catalogAdmin.service.status"), t("catalogAdmin.service.version")]}
        padding="p-2"
      >
        {services.map((service) => (
          <tr key={service.id} className="border-b border-slate-300">
            <td className="p-2">
              <Link href={serviceAdminHref(service.id)} className={linkStyle}>
                {pick(locale, service, "name")}
              </Link>
            </td>
            <td className="p-2 font-mono text-sm">{service.agency.code}</td>
            <td className="p-2">{t(`catalogAdmin.service.status.${service.status}`)}</td>
            <td className="p-2">{service.currentVersion?.version ?? t("catalogAdmin.service.noVersion")}</td>
          </tr>
        ))}
      </ListTable>
      <section aria-labelledby="add-service-heading" className="mt-10">
        <h2 id="add-service-heading" className="mb-4 text-2xl font-semibold">
          {t("catalogAdmin.service.newTitle")}
        </h2>
        <SpecForm
          action={createServiceAction}
          messages={messagesFor(locale, ["form.", "catalogAdmin.error."])}
          inputs={serviceInputs(t, {
            creating: true,
            agencies: agencies.map((agency) => ({ value: agency.id, label: pick(locale, agency, "name") })),
            categories: categories.map((category) => ({ value: category.id, label: pick(locale, category, "name") })),
          })}
          submitLabel={t("catalogAdmin.service.newSubmit")}
        />
      </section>
    </div>
  );
}
