import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, buttonSecondary, linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { listVisibleAgencies } from "@/lib/catalog/back-office-queries";
import { pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("backOffice.title");

export default async function BackOfficeHome() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireStaff("/petugas")]);
  const agencies = await listVisibleAgencies(actor);
  return (
    <div>
      <PageHeading title={t("backOffice.title")} lead={t("backOffice.lead", { roles: actor.roles.map((role) => t(`role.${role}`)).join(", ") })} />
      <p className="mb-8 flex flex-wrap gap-3">
        {/* The queues open for the agencies the policy lets this person read (agency.read), so
            someone who reads none (the integrity unit) is not offered a page that refuses them. */}
        {agencies.length ? (
          <Link href="/petugas/permohonan" className={buttonPrimary}>
            {t("backOffice.openQueue")}
          </Link>
        ) : null}
        {agencies.length || can(actor, "complaint.verify", { agencyId: null }) ? (
          <Link href="/petugas/pengaduan" className={buttonPrimary}>
            {t("complaintsBo.homeLink")}
          </Link>
        ) : null}
        {can(actor, "whistleblowing.read") ? (
          <Link href="/petugas/integritas" className={buttonPrimary}>
            {t("integrity.homeLink")}
          </Link>
        ) : null}
        {can(actor, "account.recoverAtCounter") ? (
          <Link href="/petugas/pemulihan-akun" className={buttonPrimary}>
            {t("recovery.counter.homeLink")}
          </Link>
        ) : null}
        {agencies.some((agency) => can(actor, "visit.serve", { agencyId: agency.id })) ? (
          <Link href="/petugas/loket" className={buttonSecondary}>
            {t("visit.counter.title")}
          </Link>
        ) : null}
        {can(actor, "treasury.read", { agencyId: null }) || actor.memberships.some((m) => can(actor, "treasury.read", { agencyId: m.agencyId })) ? (
          <Link href="/petugas/bendahara" className={buttonPrimary}>
            {t("treasury.ui.homeLink")}
          </Link>
        ) : null}
        {can(actor, "refund.approve", { agencyId: null }) || agencies.some((agency) => can(actor, "refund.approve", { agencyId: agency.id })) ? (
          <Link href="/petugas/pengembalian-dana" className={buttonSecondary}>
            {t("refund.homeLink")}
          </Link>
        ) : null}
        {agencies.some((agency) => can(actor, "agency.supervise", { agencyId: agency.id })) ? (
          <Link href="/petugas/dasbor" className={buttonPrimary}>
            {t("dashboard.supervisor.title")}
          </Link>
        ) : null}
      </p>
      {can(actor, "admin.manage") ? (
        <section aria-labelledby="admin-heading" className="mb-8">
          <h2 id="admin-heading" className="text-xl font-semibold">
            {t("backOffice.adminTools")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            <li>
              <Link href="/petugas/admin/layanan" className={linkStyle}>
                {t("catalogAdmin.nav.services")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/instansi" className={linkStyle}>
                {t("catalogAdmin.nav.agencies")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/hari-libur" className={linkStyle}>
                {t("holiday.admin.title")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/pengguna" className={linkStyle}>
                {t("staff.admin.title")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/kunjungan" className={linkStyle}>
                {t("visit.admin.title")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/email" className={linkStyle}>
                {t("outbox.title")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/tanya" className={linkStyle}>
                {t("assistant.admin.nav")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/sso" className={linkStyle}>
                {t("oidc.admin.title")}
              </Link>
            </li>
            <li>
              <Link href="/petugas/admin/pengaturan" className={linkStyle}>
                {t("settings.title")}
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
      {/* "Not linked to any agency, ask the admin" is no news to the integrity unit, whose work is no agency's. */}
      {agencies.length || !can(actor, "whistleblowing.read") ? (
        <section aria-labelledby="agencies-heading">
          <h2 id="agencies-heading" className="text-xl font-semibold">
            {t("backOffice.yourAgencies")}
          </h2>
          {agencies.length ? (
            <ul className="mt-4 grid gap-3 sm:grid-cols-2">
              {agencies.map((agency) => (
                <li key={agency.id} className="rounded-lg border border-slate-300 bg-white p-4">
                  <span className="block font-semibold">{pick(locale, agency, "name")}</span>
                  <span className="text-sm text-slate-600">
                    {agency.code} · {t("backOffice.publishedServices", { count: agency._count.services })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4">{t("backOffice.noAgency")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
