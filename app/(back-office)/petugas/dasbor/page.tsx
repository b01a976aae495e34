import Link from "next/link";
import { forbidden } from "next/navigation";
import { DashboardContext, DashboardSections } from "@/components/dashboard/dashboard-sections";
import { VisitSection } from "@/components/dashboard/visit-section";
import { DashboardFilter } from "@/components/dashboard/dashboard-filter";
import { CommentsSection, OfficerSection, RefreshNowForm, WeakServicesSection } from "@/components/dashboard/supervisor-sections";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { catalogWithin, supervisedAgencyIds } from "@/lib/dashboard/scope";
import { dashboardCatalog, loadDashboard, parseSelection, portalToday, selectionQuery } from "@/lib/dashboard/view";
import { env } from "@/lib/platform/env";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("dashboard.supervisor.title");
export const dynamic = "force-dynamic";

/**
 * The supervisor dashboard (DESIGN.md §8): the public numbers of their own
 * agencies without suppression, plus officers, the weakest services and
 * the latest survey comments.
 */
export default async function SupervisorDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, actor, params, fullCatalog] = await Promise.all([getTranslator(), requireStaff("/petugas/dasbor"), searchParams, dashboardCatalog()]);
  const agencyIds = supervisedAgencyIds(actor, fullCatalog);
  if (agencyIds && agencyIds.length === 0) forbidden();
  const catalog = catalogWithin(fullCatalog, agencyIds);
  const today = portalToday();
  const selection = parseSelection(params, fullCatalog, today, agencyIds);
  const view = await loadDashboard(selection, { audience: "supervisor", agencyIds, catalog: fullCatalog });
  const query = new URLSearchParams(selectionQuery(selection)).toString();
  return (
    <div>
      <PageHeading title={t("dashboard.supervisor.title")} lead={t("dashboard.supervisor.lead")} />
      <p className="mb-4">
        <Link href={`/transparansi${query ? `?${query}` : ""}`} className={linkStyle}>
          {t("dashboard.supervisor.publicLink")}
        </Link>
      </p>
      <DashboardContext view={view} locale={locale} t={t} refreshMinutes={env().DASHBOARD_REFRESH_MINUTES} />
      {can(actor, "dashboard.refresh") ? (
        <RefreshNowForm returnPath={`/petugas/dasbor${query ? `?${query}` : ""}`} t={t} refreshed={params.diperbarui === "1"} />
      ) : null}
      <DashboardFilter action="/petugas/dasbor" selection={selection} catalog={catalog} today={today} locale={locale} t={t} query={params} />
      <DashboardSections view={view} locale={locale} t={t} />
      <VisitSection view={view} locale={locale} t={t} />
      <OfficerSection view={view} locale={locale} t={t} />
      <WeakServicesSection view={view} locale={locale} t={t} />
      <CommentsSection view={view} locale={locale} t={t} />
    </div>
  );
}
