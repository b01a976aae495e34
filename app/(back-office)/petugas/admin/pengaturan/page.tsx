import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { portalSettingsInputs } from "@/components/settings/inputs";
import { requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { loadPortalSettings, logoUrl } from "@/lib/platform/portal-settings";
import { savePortalSettingsAction } from "@/lib/settings/actions";
import { SETTINGS_ADMIN_PATH } from "@/lib/settings/paths";

export const generateMetadata = pageTitle("settings.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admin > portal settings: the portal's name, government, logo, colours, footer contacts and default time zone (issue 24). */
export default async function PortalSettingsPage({ searchParams }: Props) {
  const [query, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  await requireCatalogAdmin(SETTINGS_ADMIN_PATH);
  const settings = await loadPortalSettings();
  const values: Record<string, string> = {
    portalName: settings.portalName,
    governmentNameId: settings.governmentName.id,
    governmentNameEn: settings.governmentName.en,
    colorHeader: settings.colorHeader,
    colorAction: settings.colorAction,
    contactEmail: settings.contact.email ?? "",
    contactPhone: settings.contact.phone ?? "",
    contactAddress: settings.contact.address ?? "",
    timezone: settings.timezone,
  };
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("nav.backOffice") }} title={t("settings.title")} lead={t("settings.lead")} />
      {query.hasil === "disimpan" ? (
        <div role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("settings.saved")}
        </div>
      ) : null}
      <p className="mb-4 text-sm text-slate-700">{settings.version > 0 ? t("settings.version", { version: settings.version }) : t("settings.neverSaved")}</p>
      {settings.logo ? (
        <figure className="mb-6">
          <figcaption className="mb-2 font-semibold">{t("settings.currentLogo")}</figcaption>
          {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded logo of unknown size, served by our own route */}
          <img
            src={logoUrl(settings.logo)}
            alt={t("settings.logoAlt", { name: settings.governmentName[locale] })}
            className="h-16 w-auto rounded bg-brand-800 p-2"
          />
        </figure>
      ) : null}
      <SpecForm
        action={savePortalSettingsAction}
        messages={messagesFor(locale, ["form.", "settings.error."])}
        inputs={portalSettingsInputs(t, Boolean(settings.logo))}
        initialValues={values}
        hidden={{ revision: String(settings.version) }}
        submitLabel={t("settings.submit")}
      />
    </div>
  );
}
