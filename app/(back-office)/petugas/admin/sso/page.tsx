import { forbidden } from "next/navigation";
import { OidcProviderForm } from "@/components/identity/oidc-provider-form";
import { PageHeading } from "@/components/layout/page-heading";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { listAgencies } from "@/lib/catalog/queries";
import { saveOidcProviderAction } from "@/lib/identity/oidc-actions";
import { OIDC_ADMIN_PATH, oidcBackchannelLogoutPath } from "@/lib/identity/oidc/paths";
import { listOidcProviders } from "@/lib/identity/oidc/queries";
import { env } from "@/lib/platform/env";
import { postLogoutRedirectUri } from "@/lib/identity/oidc/sign-out";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("oidc.admin.title");
export const dynamic = "force-dynamic";

/** Admin › identity providers (OpenID Connect, issue 25): the registered providers and the form to add or change one. */
export default async function OidcProvidersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  const actor = await requireUser(OIDC_ADMIN_PATH);
  if (!can(actor, "admin.manage")) forbidden();
  const [providers, agencies] = await Promise.all([listOidcProviders(actor), listAgencies()]);
  const agencyName = (agency: { nameId: string; nameEn: string }) => (locale === "en" ? agency.nameEn : agency.nameId);
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("oidc.admin.title")} lead={t("oidc.admin.lead")} />
      {params.hasil === "disimpan" ? (
        <div role="status" className="mb-6 max-w-xl border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("oidc.admin.saved")}
        </div>
      ) : null}
      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="mb-4 text-2xl font-semibold">
          {t("oidc.admin.listTitle")}
        </h2>
        {providers.length === 0 ? (
          <p>{t("oidc.admin.none")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="providers-heading">
            <table className="min-w-full border-collapse text-left">
              <thead>
                <tr>
                  {(["name", "issuer", "audience", "mfa", "status"] as const).map((column) => (
                    <th key={column} scope="col" className="border-b border-slate-300 p-2">
                      {t(`oidc.admin.column.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {providers.map((provider) => (
                  <tr key={provider.id}>
                    <th scope="row" className="border-b border-slate-200 p-2 font-semibold">
                      {provider.name} <span className="font-normal text-slate-700">({provider.slug})</span>
                    </th>
                    <td className="border-b border-slate-200 p-2 break-all">{provider.issuer}</td>
                    <td className="border-b border-slate-200 p-2">
                      {t(`oidc.admin.audience.${provider.audience}`)}
                      {provider.audience === "STAFF" ? ` · ${provider.agency ? agencyName(provider.agency) : t("oidc.admin.allAgencies")}` : ""}
                    </td>
                    <td className="border-b border-slate-200 p-2">
                      {[...provider.mfaAcrValues.map((v) => `acr ${v}`), ...provider.mfaAmrMethods.map((m) => `amr ${m}`)].join(", ") || t("oidc.admin.no")}
                    </td>
                    <td className="border-b border-slate-200 p-2">{provider.enabled ? t("oidc.admin.enabled") : t("oidc.admin.disabled")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="add-provider-heading" className="mt-10">
        <h2 id="add-provider-heading" className="mb-2 text-2xl font-semibold">
          {t("oidc.admin.addTitle")}
        </h2>
        <p className="mb-4 max-w-3xl break-all">
          {t("oidc.admin.addLead", {
            callback: `${env().PUBLIC_URL}/masuk/oidc/<kode>/callback`,
            postLogout: postLogoutRedirectUri(),
            backchannel: `${env().PUBLIC_URL}${oidcBackchannelLogoutPath("<kode>")}`,
          })}
        </p>
        <OidcProviderForm
          action={saveOidcProviderAction}
          messages={messagesFor(locale, ["oidc.", "form.", "validation."])}
          agencies={agencies.map((agency) => ({ id: agency.id, name: agencyName(agency) }))}
        />
      </section>
    </div>
  );
}
