import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { computeIkm, scoreText, type IkmGrade } from "@/lib/surveys/ikm";
import { bucketDays } from "./histogram";
import { AGE_BUCKETS, BACKLOG_STATUSES, type BacklogStatus } from "./outcomes";
import {
  addFlowTotals,
  backlogCells,
  durationHistograms,
  durationStats,
  emptyTotals,
  flowTotals,
  latestSurveyComments,
  mergeHistograms,
  officerTotals,
  openComplaints,
  trendTotals,
  type BacklogCell,
  type DurationStats,
  type FlowTotals,
  type GroupBy,
  type Histogram,
  type OfficerTotals,
  type Scope,
  type SurveyComment,
} from "./queries";
import { addDays, granularityOf, parsePeriod, trendBuckets, type Granularity, type LocalDate, type Period } from "./period";
import { lastRefresh } from "./refresh";
import { revenueRows, type RevenueRow } from "./revenue";
import { publishCount, publishDerived, type PublishedCount } from "@/lib/platform/suppression";
import { dashboardVisitFigures, type VisitFigureRow } from "@/lib/visits/statistics";

/**
 * One dashboard, two audiences (DESIGN.md §8): the public view (every
 * agency, small counts suppressed) and the supervisor view (their agencies,
 * exact figures, plus officers and the weakest services). Both are built here
 * from the same queries, and the page, the CSV and the JSON all read the same
 * DashboardView, so a download always says what the page says.
 */

export type Audience = "public" | "supervisor";

export type AgencyEntry = { id: string; slug: string; code: string; nameId: string; nameEn: string; timezone: string };
export type ServiceEntry = { id: string; slug: string; agencyId: string; nameId: string; nameEn: string };
export type DashboardCatalog = { agencies: AgencyEntry[]; services: ServiceEntry[] };

/** Agencies and every service that was ever published (retired ones keep their history). */
export async function dashboardCatalog(): Promise<DashboardCatalog> {
  const [agencies, services] = await Promise.all([
    db.agency.findMany({ orderBy: { nameId: "asc" }, select: { id: true, slug: true, code: true, nameId: true, nameEn: true, timezone: true } }),
    db.service.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: { nameId: "asc" },
      select: { id: true, slug: true, agencyId: true, nameId: true, nameEn: true },
    }),
  ]);
  return { agencies, services };
}

export type Selection = {
  period: Period;
  granularity: Granularity;
  agency: AgencyEntry | null;
  service: ServiceEntry | null;
  /** Parameters that could not be read and were replaced by a default. */
  invalid: ("period" | "agency" | "service")[];
};

type SearchParams = Record<string, string | string[] | undefined>;
const param = (params: SearchParams, name: string) => {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};

/** Today on the portal's home calendar (WIB): what "this month" and "this year" mean. */
export function portalToday(now = new Date()): LocalDate {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Reads `periode` (+ its companion), `instansi` (agency slug) and `layanan`
 * (service slug). Agencies outside `allowedAgencyIds` (a supervisor's scope)
 * are treated as unknown.
 */
export function parseSelection(
  params: SearchParams,
  catalog: DashboardCatalog,
  today: LocalDate,
  allowedAgencyIds: readonly string[] | null = null,
): Selection {
  const { period, invalid: periodInvalid } = parsePeriod(params, today);
  const invalid: Selection["invalid"] = periodInvalid ? ["period"] : [];
  const allowed = (agencyId: string) => !allowedAgencyIds || allowedAgencyIds.includes(agencyId);
  const agencySlug = param(params, "instansi");
  const serviceSlug = param(params, "layanan");
  let agency = agencySlug ? (catalog.agencies.find((entry) => entry.slug === agencySlug && allowed(entry.id)) ?? null) : null;
  if (agencySlug && !agency) invalid.push("agency");
  let service = serviceSlug ? (catalog.services.find((entry) => entry.slug === serviceSlug && allowed(entry.agencyId)) ?? null) : null;
  if (serviceSlug && !service) invalid.push("service");
  if (service && agency && service.agencyId !== agency.id) {
    // A service of another agency than the one chosen: the agency wins, the service is dropped.
    invalid.push("service");
    service = null;
  }
  if (service && !agency) agency = catalog.agencies.find((entry) => entry.id === service!.agencyId) ?? null;
  return { period, granularity: granularityOf(period), agency, service, invalid };
}

/** The query string of a selection, for links and downloads. */
export function selectionQuery(selection: Selection): Record<string, string> {
  return {
    ...selection.period.query,
    ...(selection.agency ? { instansi: selection.agency.slug } : {}),
    ...(selection.service ? { layanan: selection.service.slug } : {}),
  };
}

export type Figures = {
  received: PublishedCount;
  completed: PublishedCount;
  completedOnTime: PublishedCount;
  rejected: PublishedCount;
  withdrawn: PublishedCount;
  breaches: PublishedCount;
  /** Completed within the time limit ÷ completed, in percent, one decimal. */
  slaCompliancePct: number | null;
  processingMedianDays: number | null;
  processingP90Days: number | null;
  openNow: PublishedCount;
  breachedNow: PublishedCount;
  complaintsReceived: PublishedCount;
  complaintsAnswered: PublishedCount;
  complaintsOverdue: PublishedCount;
  complaintMedianResponseDays: number | null;
  respondents: PublishedCount;
  /** The IKM unit score (25–100), two decimals. */
  ikmScore: number | null;
  ikmGrade: IkmGrade | null;
  /** At least the configured minimum number of respondents. */
  ikmSampleSufficient: boolean;
  /** NRR per element u1…u9, two decimals. */
  nrr: (number | null)[];
};

type RawFigures = {
  flow: FlowTotals;
  processing: DurationStats;
  response: DurationStats;
  openNow: number;
  breachedNow: number;
  complaintsOpen: { open: number; overdue: number };
};

/** Half up to `decimals` places from an exact ratio of integers. */
function ratio(numerator: number, denominator: number, scale: number): number {
  return Math.floor((numerator * scale * 2 + denominator) / (denominator * 2)) / scale;
}

export function publishFigures(raw: RawFigures, suppress: boolean, minRespondents: number): Figures {
  const { flow } = raw;
  const count = (value: number) => publishCount(value, suppress);
  const ikm = computeIkm({ respondents: flow.surveys, sums: flow.sums });
  const respondents = flow.surveys;
  return {
    received: count(flow.received),
    completed: count(flow.completed),
    completedOnTime: count(flow.completedOnTime),
    rejected: count(flow.rejected),
    withdrawn: count(flow.withdrawn),
    breaches: count(flow.breaches),
    slaCompliancePct: publishDerived(flow.completed ? ratio(flow.completedOnTime * 100, flow.completed, 10) : null, flow.completed, suppress),
    processingMedianDays: publishDerived(raw.processing.medianBucket === null ? null : bucketDays(raw.processing.medianBucket), raw.processing.count, suppress),
    processingP90Days: publishDerived(raw.processing.p90Bucket === null ? null : bucketDays(raw.processing.p90Bucket), raw.processing.count, suppress),
    openNow: count(raw.openNow),
    breachedNow: count(raw.breachedNow),
    complaintsReceived: count(flow.complaintsReceived),
    complaintsAnswered: count(flow.complaintsAnswered),
    complaintsOverdue: count(raw.complaintsOpen.overdue),
    complaintMedianResponseDays: publishDerived(
      raw.response.medianBucket === null ? null : bucketDays(raw.response.medianBucket),
      raw.response.count,
      suppress,
    ),
    respondents: count(respondents),
    ikmScore: publishDerived(ikm ? Number(scoreText(ikm.scoreHundredths)) : null, respondents, suppress),
    ikmGrade: publishDerived(ikm?.grade ?? null, respondents, suppress),
    ikmSampleSufficient: respondents >= minRespondents,
    nrr: flow.sums.map((sum) => publishDerived(respondents ? ratio(sum, respondents, 100) : null, respondents, suppress)),
  };
}

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

export type BacklogView = {
  /** counts[status][ageBucket] */
  counts: Record<BacklogStatus, PublishedCount[]>;
  totals: Record<BacklogStatus, PublishedCount>;
  byAge: PublishedCount[];
  total: PublishedCount;
};

export type OfficerRow = OfficerTotals & { name: string };
export type WeakService = { service: ServiceEntry; agency: AgencyEntry; figures: Figures };

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
  comments: (SurveyComment & { serviceName: { nameId: string; nameEn: string } | null })[];
  /** Fees collected per service and month (lib/dashboard/revenue.ts). */
  revenue: RevenueRow[];
  /** Office visits per location and service in the period (issue 19): read live, not from rollups. */
  visits: VisitFigureRow[];
};

function backlogByKey(cells: readonly BacklogCell[]) {
  const open = new Map<string, number>();
  const breached = new Map<string, number>();
  for (const cell of cells) {
    open.set(cell.key, (open.get(cell.key) ?? 0) + cell.count);
    if (cell.slaStatus === "BREACHED") breached.set(cell.key, (breached.get(cell.key) ?? 0) + cell.count);
  }
  return { open, breached };
}

function backlogView(cells: readonly BacklogCell[], suppress: boolean): BacklogView {
  const counts = Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, AGE_BUCKETS.map(() => 0)])) as Record<BacklogStatus, number[]>;
  for (const cell of cells) counts[cell.slaStatus][cell.ageBucket]! += cell.count;
  const publish = (value: number) => publishCount(value, suppress);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    counts: Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, counts[status].map(publish)])) as Record<BacklogStatus, PublishedCount[]>,
    totals: Object.fromEntries(BACKLOG_STATUSES.map((status) => [status, publish(sum(counts[status]))])) as Record<BacklogStatus, PublishedCount>,
    byAge: AGE_BUCKETS.map((_, age) => publish(sum(BACKLOG_STATUSES.map((status) => counts[status][age]!)))),
    total: publish(sum(BACKLOG_STATUSES.map((status) => sum(counts[status])))),
  };
}

/** The instants a local-date range spans on the portal's home calendar (for the few reads not on rollups). */
function homeInstants(from: LocalDate, to: LocalDate) {
  return { fromInstant: new Date(`${from}T00:00:00+07:00`), toInstant: new Date(`${addDays(to, 1)}T00:00:00+07:00`) };
}

export type LoadOptions = {
  audience: Audience;
  /** The agencies the viewer may see; null for all (the public, an all-agency supervisor). */
  agencyIds: readonly string[] | null;
  catalog: DashboardCatalog;
};

/** Everything one dashboard page shows, for one selection. */
export async function loadDashboard(selection: Selection, options: LoadOptions): Promise<DashboardView> {
  const { audience, catalog } = options;
  const suppress = audience === "public";
  const minRespondents = env().SKM_MIN_RESPONDENTS;
  const visibleAgencies = catalog.agencies.filter((agency) => !options.agencyIds || options.agencyIds.includes(agency.id));
  const scope: Scope = {
    agencyIds: selection.agency ? [selection.agency.id] : options.agencyIds,
    serviceId: selection.service?.id ?? null,
  };
  const unitKind = selection.agency ? "service" : "agency";
  const groupBy: GroupBy = unitKind;
  const range = { from: selection.period.from, to: selection.period.to };
  const agencyOf = (id: string) => catalog.agencies.find((agency) => agency.id === id)!;

  const [flows, processing, response, trend, backlog, complaintsOpen, refreshed, officers, serviceFlows, serviceProcessing, comments, revenue, visits] =
    await Promise.all([
      flowTotals(scope, range, groupBy),
      durationHistograms("P", scope, range, groupBy),
      durationHistograms("C", scope, range, groupBy),
      trendTotals(scope, range, selection.granularity),
      backlogCells(scope, groupBy),
      openComplaints(scope, range, groupBy),
      lastRefresh(),
      audience === "supervisor" ? officerTotals(scope.agencyIds, range) : Promise.resolve([]),
      audience === "supervisor" && unitKind === "agency" ? flowTotals(scope, range, "service") : Promise.resolve(null),
      audience === "supervisor" && unitKind === "agency" ? durationHistograms("P", scope, range, "service") : Promise.resolve(null),
      audience === "supervisor" ? latestSurveyComments(scope.agencyIds, homeInstants(range.from, range.to)) : Promise.resolve([]),
      revenueRows(scope, homeInstants(range.from, range.to), suppress),
      dashboardVisitFigures({ agencyIds: scope.agencyIds, serviceId: scope.serviceId, from: range.from, to: range.to, suppress }),
    ]);

  const backlogKeys = backlogByKey(backlog);
  const openByKey = new Map(complaintsOpen.map((row) => [row.key, row]));
  const flowByKey = new Map(flows.map((row) => [row.key, row]));
  const rawFor = (
    key: string,
    flow: FlowTotals | undefined,
    processingHistogram: Histogram | undefined,
    responseHistogram: Histogram | undefined,
  ): RawFigures => ({
    flow: flow ?? emptyTotals(key),
    processing: durationStats(key, processingHistogram),
    response: durationStats(key, responseHistogram),
    openNow: backlogKeys.open.get(key) ?? 0,
    breachedNow: backlogKeys.breached.get(key) ?? 0,
    complaintsOpen: openByKey.get(key) ?? { open: 0, overdue: 0 },
  });

  const units: Unit[] =
    unitKind === "agency"
      ? visibleAgencies.map((agency) => ({
          kind: "agency",
          id: agency.id,
          slug: agency.slug,
          code: agency.code,
          nameId: agency.nameId,
          nameEn: agency.nameEn,
          agency,
        }))
      : catalog.services
          .filter((service) => service.agencyId === selection.agency!.id && (!selection.service || service.id === selection.service.id))
          .map((service) => ({
            kind: "service",
            id: service.id,
            slug: service.slug,
            code: service.slug,
            nameId: service.nameId,
            nameEn: service.nameEn,
            agency: agencyOf(service.agencyId),
          }));
  const unitRows: UnitRow[] = units.map((unit) => ({
    unit,
    figures: publishFigures(rawFor(unit.id, flowByKey.get(unit.id), processing.get(unit.id), response.get(unit.id)), suppress, minRespondents),
  }));

  // The whole selection: every group, including records that name no agency or service.
  const allKeys = new Set([...flows.map((row) => row.key), ...processing.keys(), ...response.keys(), ...backlogKeys.open.keys(), ...openByKey.keys()]);
  const summaryRaw: RawFigures = {
    flow: addFlowTotals("", flows),
    processing: durationStats("", mergeHistograms(processing.values())),
    response: durationStats("", mergeHistograms(response.values())),
    openNow: [...backlogKeys.open.values()].reduce((a, b) => a + b, 0),
    breachedNow: [...backlogKeys.breached.values()].reduce((a, b) => a + b, 0),
    complaintsOpen: complaintsOpen.reduce((sum, row) => ({ open: sum.open + row.open, overdue: sum.overdue + row.overdue }), { open: 0, overdue: 0 }),
  };
  const unassignedRaw = allKeys.has("") ? rawFor("", flowByKey.get(""), processing.get(""), response.get("")) : null;
  const unassignedComplaints =
    unassignedRaw && (unassignedRaw.flow.complaintsReceived > 0 || unassignedRaw.flow.complaintsAnswered > 0 || unassignedRaw.complaintsOpen.open > 0)
      ? publishFigures(unassignedRaw, suppress, minRespondents)
      : null;

  const trendByStart = new Map(trend.map((row) => [row.start, row]));
  const trendPoints: TrendPoint[] = trendBuckets(range, selection.granularity).map((bucket) => {
    const row = trendByStart.get(bucket.start) ?? { ...emptyTotals(""), start: bucket.start };
    const figures = publishFigures(
      {
        flow: row,
        processing: durationStats("", undefined),
        response: durationStats("", undefined),
        openNow: 0,
        breachedNow: 0,
        complaintsOpen: { open: 0, overdue: 0 },
      },
      suppress,
      minRespondents,
    );
    return {
      start: bucket.start,
      end: bucket.end,
      received: figures.received,
      completed: figures.completed,
      rejected: figures.rejected,
      slaCompliancePct: figures.slaCompliancePct,
      complaintsReceived: figures.complaintsReceived,
      respondents: figures.respondents,
      ikmScore: figures.ikmScore,
    };
  });

  let weakServices: WeakService[] = [];
  if (audience === "supervisor") {
    const flowsByService = serviceFlows ?? flows;
    const histogramsByService = serviceProcessing ?? processing;
    const serviceIds = new Set(flowsByService.map((row) => row.key).filter(Boolean));
    weakServices = catalog.services
      .filter((service) => serviceIds.has(service.id))
      .map((service) => {
        const flow = flowsByService.find((row) => row.key === service.id)!;
        const raw = { ...rawFor(service.id, flow, histogramsByService.get(service.id), undefined), openNow: 0, breachedNow: 0 };
        return { service, agency: agencyOf(service.agencyId), flow, figures: publishFigures(raw, false, minRespondents) };
      })
      .filter((entry) => entry.flow.completed > 0)
      .sort((a, b) => {
        const rate = (entry: typeof a) => entry.flow.completedOnTime / entry.flow.completed;
        return rate(a) - rate(b) || b.flow.breaches - a.flow.breaches || a.service.nameId.localeCompare(b.service.nameId);
      })
      .slice(0, 5)
      .map(({ service, agency, figures }) => ({ service, agency, figures }));
  }

  const officerNames = officers.length
    ? new Map(
        (await db.user.findMany({ where: { id: { in: officers.map((row) => row.officerId) } }, select: { id: true, name: true } })).map((user) => [
          user.id,
          user.name,
        ]),
      )
    : new Map<string, string>();
  const serviceNames = new Map(catalog.services.map((service) => [service.id, { nameId: service.nameId, nameEn: service.nameEn }]));

  return {
    audience,
    selection,
    refreshedAt: refreshed?.refreshedAt ?? null,
    unitKind,
    summary: publishFigures(summaryRaw, suppress, minRespondents),
    units: unitRows,
    unassignedComplaints,
    trend: trendPoints,
    backlog: backlogView(backlog, suppress),
    minRespondents,
    officers: officers
      .map((row) => ({ ...row, name: officerNames.get(row.officerId) ?? row.officerId }))
      .sort((a, b) => b.completed + b.rejected - (a.completed + a.rejected) || a.name.localeCompare(b.name)),
    weakServices,
    comments: comments.map((comment) => ({ ...comment, serviceName: comment.serviceId ? (serviceNames.get(comment.serviceId) ?? null) : null })),
    revenue,
    visits,
  };
}
