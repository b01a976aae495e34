import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { Backlog, Complaints, DashboardContext, Satisfaction, Summary, ApplicationsTable } from "@/components/dashboard/dashboard-sections";
import { DashboardPartNav } from "@/components/dashboard/dashboard-parts";
import { Trend } from "@/components/dashboard/trend-section";
import { VisitSection } from "@/components/dashboard/visit-section";
import { DashboardFilter } from "@/components/dashboard/dashboard-filter";
import { CommentsSection, OfficerSection, RefreshNowForm, WeakServicesSection } from "@/components/dashboard/supervisor-sections";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { DEFAULT_PART, liveReadsOf, OFFICERS_PER_PAGE, parsePage, parsePart, partHref } from "@/lib/dashboard/parts";
import { catalogWithin, supervisedAgencyIds } from "@/lib/dashboard/scope";
import { dashboardCatalog, loadDashboard, parseSelection, portalToday, selectionQuery } from "@/lib/dashboard/view";
import { env } from "@/lib/platform/env";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("dashboard.supervisor.title");
export const dynamic = "force-dynamic";

const BASE = "/petugas/dasbor";

/**
 * The supervisor dashboard (DESIGN.md §8): the public numbers of their own
 * agencies without suppression, plus officers, the weakest services and
 * the latest survey comments. In parts (`bagian`, lib/dashboard/parts.ts):
 * the summary first, each long table on its own page for the same selection.
 */
export default async function SupervisorDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, actor, params, fullCatalog] = await Promise.all([getTranslator(), requireStaff(BASE), searchParams, dashboardCatalog()]);
  const agencyIds = supervisedAgencyIds(actor, fullCatalog);
  if (agencyIds && agencyIds.length === 0) forbidden();
  const catalog = catalogWithin(fullCatalog, agencyIds);
  const today = portalToday();
  const selection = parseSelection(params, fullCatalog, today, agencyIds);
  const part = parsePart(params);
  const view = await loadDashboard(selection, { audience: "supervisor", agencyIds, catalog: fullCatalog, live: liveReadsOf(part) });
  const query = new URLSearchParams(selectionQuery(selection)).toString();
  const props = { view, locale, t };
  const officerPages = parsePage(params, view.officers.length, OFFICERS_PER_PAGE);
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
        <RefreshNowForm returnPath={partHref(BASE, selection, part, officerPages.page)} t={t} refreshed={params.diperbarui === "1"} />
      ) : null}
      <DashboardFilter
        action={BASE}
        selection={selection}
        catalog={catalog}
        today={today}
        locale={locale}
        t={t}
        query={params}
        hidden={part === DEFAULT_PART ? {} : { bagian: part }}
      />
      <DashboardPartNav base={BASE} selection={selection} current={part} t={t} />
      {part === "ringkasan" ? (
        <>
          <p className="mt-4 max-w-3xl text-slate-700">{t("dashboard.part.summaryLead")}</p>
          <Summary {...props} />
          <Backlog {...props} />
        </>
      ) : null}
      {part === "layanan" ? (
        <>
          <ApplicationsTable {...props} />
          <Complaints {...props} />
          <WeakServicesSection {...props} />
        </>
      ) : null}
      {part === "tren" ? <Trend {...props} /> : null}
      {part === "kepuasan" ? (
        <>
          <Satisfaction {...props} />
          <CommentsSection {...props} note={t("dashboard.part.live")} />
        </>
      ) : null}
      {part === "petugas" ? <OfficerSection {...props} {...officerPages} pageHref={(page) => partHref(BASE, selection, "petugas", page)} /> : null}
      {part === "kunjungan" ? <VisitSection {...props} note={t("dashboard.part.live")} /> : null}
    </div>
  );
}
