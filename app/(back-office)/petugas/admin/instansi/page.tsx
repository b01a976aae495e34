import { Link } from "@/components/ui/link";
import { agencyInputs } from "@/components/catalog-admin/inputs";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { ListTable } from "@/components/ui/list-table";
import { createAgencyAction } from "@/lib/catalog/admin-actions";
import { AGENCY_ADMIN_PATH, agencyEditHref, catalogNotice } from "@/lib/catalog/admin-paths";
import { requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { listAgenciesForAdmin } from "@/lib/catalog/admin-queries";
import { pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { loadPortalSettings } from "@/lib/platform/portal-settings";

export const generateMetadata = pageTitle("catalogAdmin.agency.title");
export const dynamic = "force-dynamic";

/** Admin > agencies: the list, and a form to add one. */
export default async function AgenciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, { locale, t }, actor] = await Promise.all([searchParams, getTranslator(), requireCatalogAdmin(AGENCY_ADMIN_PATH)]);
  const agencies = await listAgenciesForAdmin(actor);
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("catalogAdmin.agency.title")} lead={t("catalogAdmin.agency.lead")} />
      <CatalogNoticeBanner notice={catalogNotice(params.hasil)} t={t} />
      <ListTable
        columns={[t("catalogAdmin.agency.code"), t("catalogAdmin.agency.name"), t("catalogAdmin.agency.zone"), t("catalogAdmin.agency.services")]}
        padding="p-2"
      >
        {agencies.map((agency) => (
          <tr key={agency.id} className="border-b border-slate-300">
            <td className="p-2 font-mono">{agency.code}</td>
            <td className="p-2">
              <Link href={agencyEditHref(agency.id)} className={linkStyle} aria-label={t("catalogAdmin.agency.edit", { name: pick(locale, agency, "name") })}>
                {pick(locale, agency, "name")}
              </Link>
            </td>
            <td className="p-2">{zoneAbbreviation(agency.timezone)}</td>
            <td className="p-2">{agency._count.services}</td>
          </tr>
        ))}
      </ListTable>
      <section aria-labelledby="add-agency-heading" className="mt-10">
        <h2 id="add-agency-heading" className="mb-4 text-2xl font-semibold">
          {t("catalogAdmin.agency.addTitle")}
        </h2>
        <SpecForm
          action={createAgencyAction}
          messages={messagesFor(locale, ["form.", "catalogAdmin.error."])}
          inputs={agencyInputs(t, true)}
          initialValues={{ timezone: (await loadPortalSettings()).timezone, officeOpens: "07:30", officeCloses: "16:00" }}
          submitLabel={t("catalogAdmin.agency.addSubmit")}
        />
      </section>
    </div>
  );
}
