import { AuditAnchorNote } from "@/components/dashboard/audit-anchor-note";
import { DashboardContext, DashboardSections, OpenDataNote } from "@/components/dashboard/dashboard-sections";
import { DashboardFilter } from "@/components/dashboard/dashboard-filter";
import { RevenueSection } from "@/components/dashboard/revenue-section";
import { VisitSection } from "@/components/dashboard/visit-section";
import { PageHeading } from "@/components/layout/page-heading";
import { listAuditAnchors } from "@/lib/dashboard/audit-anchor-queries";
import { dashboardCatalog, loadDashboard, parseSelection, portalToday } from "@/lib/dashboard/view";
import { env } from "@/lib/platform/env";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("dashboard.title");
export const dynamic = "force-dynamic";

/** The public transparency dashboard (DESIGN.md §8): every agency, small counts suppressed, every table as open data. */
export default async function TransparencyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, params, catalog] = await Promise.all([getTranslator(), searchParams, dashboardCatalog()]);
  const today = portalToday();
  const selection = parseSelection(params, catalog, today);
  const [view, [latestAnchor]] = await Promise.all([loadDashboard(selection, { audience: "public", agencyIds: null, catalog }), listAuditAnchors(1)]);
  return (
    <div>
      <PageHeading title={t("dashboard.title")} lead={t("dashboard.lead")} />
      <DashboardContext view={view} locale={locale} t={t} refreshMinutes={env().DASHBOARD_REFRESH_MINUTES} />
      <DashboardFilter action="/transparansi" selection={selection} catalog={catalog} today={today} locale={locale} t={t} query={params} />
      <DashboardSections view={view} locale={locale} t={t} />
      <RevenueSection view={view} locale={locale} t={t} />
      <VisitSection view={view} locale={locale} t={t} />
      <OpenDataNote t={t} />
      <AuditAnchorNote latest={latestAnchor ?? null} locale={locale} t={t} timeZone="Asia/Jakarta" />
    </div>
  );
}
