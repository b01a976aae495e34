import "server-only";
import { env } from "@/lib/platform/env";
import type { PublishedCount } from "@/lib/platform/suppression";
import { dashboardVisitFigures, type VisitFigureRow } from "@/lib/visits/statistics";
import type { AgencyEntry, DashboardCatalog, ServiceEntry } from "./catalog";
import type { BacklogView, Figures } from "./figures";
import { latestSurveyComments, type OfficerTotals, type SurveyComment } from "./queries";
import { revenueRows, type RevenueRow } from "./revenue";
import { computeRollupView } from "./rollup-view";
import { addDays, type LocalDate } from "./period";
import type { Selection } from "./selection";
import { lastRefresh } from "./refresh";
import { createViewCache } from "./view-cache";

/**
 * One dashboard, two audiences (DESIGN.md §8): the public view (every
 * agency, small counts suppressed) and the supervisor view (their agencies,
 * exact figures, plus officers and the weakest services). Both are built
 * from the same queries, and the page, the CSV and the JSON all read the same
 * DashboardView, so a download always says what the page says.
 */

export { dashboardCatalog, type AgencyEntry, type DashboardCatalog, type ServiceEntry } from "./catalog";
export { publishFigures, type BacklogView, type Figures } from "./figures";
export { parseSelection, portalToday, selectionQuery, type Selection } from "./selection";

export type Audience = "public" | "supervisor";

export type Unit = { kind: "agency" | "service"; id: string; slug: string; code: string; nameId: string; nameEn: string; agency: AgencyEntry };
export type UnitRow = { unit: Unit; figures: Figures };

export type TrendPoint = {
  start: LocalDate;
  end: LocalDate;
  received: PublishedCount;
  completed: PublishedCount;
  rejected: PublishedCount;
  slaCompliancePct: number | null;
  complaintsReceived: PublishedCount;
  respondents: PublishedCount;
  ikmScore: number | null;
};

export type OfficerRow = OfficerTotals & { name: string };
export type WeakService = { service: ServiceEntry; agency: AgencyEntry; figures: Figures };
export type CommentRow = SurveyComment & { serviceName: { nameId: string; nameEn: string } | null };

export type DashboardView = {
  audience: Audience;
  selection: Selection;
  refreshedAt: Date | null;
  unitKind: "agency" | "service";
  summary: Figures;
  units: UnitRow[];
  /** Complaints naming no agency (or, for one agency, no service): counted in the totals, listed apart. */
  unassignedComplaints: Figures | null;
  trend: TrendPoint[];
  backlog: BacklogView;
  minRespondents: number;
  officers: OfficerRow[];
  weakServices: WeakService[];
  /** Survey comments, fees and office visits are read live, not from rollups (empty when not asked for). */
  comments: CommentRow[];
  /** Fees collected per service and month (lib/dashboard/revenue.ts). */
  revenue: RevenueRow[];
  /** Office visits per location and service in the period (issue 19). */
  visits: VisitFigureRow[];
};

/** What the rollups give: the same until the next refresh. */
export type RollupView = Omit<DashboardView, "selection" | LivePart>;
/** What is read live on every request that shows it. */
export type LivePart = "comments" | "revenue" | "visits";

export type LoadOptions = {
  audience: Audience;
  /** The agencies the viewer may see; null for all (the public, an all-agency supervisor). */
  agencyIds: readonly string[] | null;
  catalog: DashboardCatalog;
  /** The live parts to read; by default all the audience's pages show (comments for supervisors, fees and visits for all). */
  live?: readonly LivePart[];
};

const rollupViews = createViewCache<RollupView>();

/** The instants a local-date range spans on the portal's home calendar (for the reads not on rollups). */
function homeInstants(from: LocalDate, to: LocalDate) {
  return { fromInstant: new Date(`${from}T00:00:00+07:00`), toInstant: new Date(`${addDays(to, 1)}T00:00:00+07:00`) };
}

async function loadLive(selection: Selection, options: LoadOptions, parts: readonly LivePart[]) {
  const suppress = options.audience === "public";
  const agencyIds = selection.agency ? [selection.agency.id] : options.agencyIds;
  const serviceId = selection.service?.id ?? null;
  const { from, to } = selection.period;
  const wants = (part: LivePart) => parts.includes(part);
  const [comments, revenue, visits] = await Promise.all([
    wants("comments") && options.audience === "supervisor" ? latestSurveyComments(agencyIds, homeInstants(from, to)) : Promise.resolve([]),
    wants("revenue") ? revenueRows({ agencyIds, serviceId }, homeInstants(from, to), suppress) : Promise.resolve([]),
    wants("visits") ? dashboardVisitFigures({ agencyIds, serviceId, from, to, suppress }) : Promise.resolve([]),
  ]);
  const serviceNames = new Map(options.catalog.services.map((service) => [service.id, { nameId: service.nameId, nameEn: service.nameEn }]));
  return {
    comments: comments.map((comment) => ({ ...comment, serviceName: comment.serviceId ? (serviceNames.get(comment.serviceId) ?? null) : null })),
    revenue,
    visits,
  };
}

type RollupScope = Parameters<typeof computeRollupView>[1];

async function assemble(selection: Selection, options: LoadOptions, rollup: (scope: RollupScope) => Promise<RollupView>): Promise<DashboardView> {
  const scope = { audience: options.audience, agencyIds: options.agencyIds, catalog: options.catalog, minRespondents: env().SKM_MIN_RESPONDENTS };
  const [figures, live] = await Promise.all([rollup(scope), loadLive(selection, options, options.live ?? ["comments", "revenue", "visits"])]);
  // The selection is this request's own: it carries what could not be read in this request's parameters.
  return { ...figures, selection, ...live };
}

/** Everything one dashboard page shows, for one selection: the rollup figures (reused until the next refresh) and the live parts asked for. */
export function loadDashboard(selection: Selection, options: LoadOptions): Promise<DashboardView> {
  return assemble(selection, options, (scope) => rollupViews.get(selection, scope, (refreshedAt) => computeRollupView(selection, scope, refreshedAt)));
}

/** The same, computed afresh every time: for benchmarks that time the queries and the computation, not the reuse. */
export function computeDashboard(selection: Selection, options: LoadOptions): Promise<DashboardView> {
  return assemble(selection, options, async (scope) => computeRollupView(selection, scope, (await lastRefresh())?.refreshedAt ?? null));
}
