import { agencyInputs } from "@/components/catalog-admin/inputs";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { ButtonForm } from "@/components/forms/button-form";
import { PageHeading } from "@/components/layout/page-heading";
import { updateAgencyAction } from "@/lib/catalog/admin-actions";
import { AGENCY_ADMIN_PATH, agencyEditHref, catalogNotice } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getAgencyForAdmin } from "@/lib/catalog/admin-queries";
import { setOfficerSecondFactorRuleAction } from "@/lib/identity/second-factor-actions";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.agency.editTitle");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admin > agencies > one agency: names, time zone, office hours, contact. */
export default async function EditAgencyPage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireCatalogAdmin(agencyEditHref(id));
  const agency = await orNotFound(getAgencyForAdmin(actor, id));
  const values = Object.fromEntries(Object.entries(agency).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  return (
    <div>
      <PageHeading
        back={{ href: AGENCY_ADMIN_PATH, label: t("catalogAdmin.agency.back") }}
        title={`${t("catalogAdmin.agency.editTitle")}: ${pick(locale, agency, "name")}`}
        lead={`${t("catalogAdmin.agency.code")}: ${agency.code}`}
      />
      <CatalogNoticeBanner notice={catalogNotice(query.hasil)} t={t} />
      <SpecForm
        action={updateAgencyAction.bind(null, agency.id)}
        messages={messagesFor(locale, ["form.", "catalogAdmin.error."])}
        inputs={agencyInputs(t, false)}
        initialValues={values}
        submitLabel={t("catalogAdmin.agency.editSubmit")}
      />
      <section aria-labelledby="second-factor-heading" className="mt-10 max-w-3xl">
        <h2 id="second-factor-heading" className="mb-2 text-2xl font-semibold">
          {t("secondFactor.agency.title")}
        </h2>
        <p className="mb-4" data-testid="officer-second-factor">
          {t(agency.officersNeedSecondFactor ? "secondFactor.agency.on" : "secondFactor.agency.off")}
        </p>
        <ButtonForm
          action={setOfficerSecondFactorRuleAction.bind(null, agency.id, !agency.officersNeedSecondFactor)}
          messages={messagesFor(locale, ["form.", "error."])}
          submitLabel={t(agency.officersNeedSecondFactor ? "secondFactor.agency.release" : "secondFactor.agency.require")}
        />
      </section>
    </div>
  );
}
