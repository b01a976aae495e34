import "server-only";
import { db } from "@/lib/platform/db";
import type { AgencyEntry, DashboardCatalog } from "./catalog";
import { backlogByKey, backlogView, publishFigures, type RawFigures } from "./figures";
import { trendBuckets } from "./period";
import {
  addFlowTotals,
  backlogCells,
  durationHistograms,
  durationStats,
  emptyTotals,
  flowTotals,
  mergeHistograms,
  officerTotals,
  openComplaints,
  trendTotals,
  type FlowTotals,
  type GroupBy,
  type Histogram,
  type Scope,
} from "./queries";
import type { Selection } from "./selection";
import type { RollupView, TrendPoint, Unit, UnitRow, WeakService } from "./view";

export type RollupOptions = {
  audience: "public" | "supervisor";
  agencyIds: readonly string[] | null;
  catalog: DashboardCatalog;
  minRespondents: number;
};

/**
 * The figures of one selection computed from the rollup tables (and the
 * officers' names): everything on a dashboard except what is read live.
 * The same until the next refresh, so lib/dashboard/view-cache.ts reuses it.
 */
export async function computeRollupView(selection: Selection, options: RollupOptions, refreshedAt: Date | null): Promise<RollupView> {
  const { audience, catalog, minRespondents } = options;
  const suppress = audience === "public";
  const visibleAgencies = catalog.agencies.filter((agency) => !options.agencyIds || options.agencyIds.includes(agency.id));
  const scope: Scope = {
    agencyIds: selection.agency ? [selection.agency.id] : options.agencyIds,
    serviceId: selection.service?.id ?? null,
  };
  const unitKind = selection.agency ? "service" : "agency";
  const groupBy: GroupBy = unitKind;
  const range = { from: selection.period.from, to: selection.period.to };
  const agencyById = new Map(catalog.agencies.map((agency) => [agency.id, agency]));
  const agencyOf = (id: string) => agencyById.get(id)!;
  const supervisor = audience === "supervisor";

  const [flows, processing, response, trend, backlog, complaintsOpen, officers, serviceFlows, serviceProcessing] = await Promise.all([
    flowTotals(scope, range, groupBy),
    durationHistograms("P", scope, range, groupBy),
    durationHistograms("C", scope, range, groupBy),
    trendTotals(scope, range, selection.granularity),
    backlogCells(scope, groupBy),
    openComplaints(scope, range, groupBy),
    supervisor ? officerTotals(scope.agencyIds, range) : Promise.resolve([]),
    supervisor && unitKind === "agency" ? flowTotals(scope, range, "service") : Promise.resolve(null),
    supervisor && unitKind === "agency" ? durationHistograms("P", scope, range, "service") : Promise.resolve(null),
  ]);

  const backlogKeys = backlogByKey(backlog);
  const openByKey = new Map(complaintsOpen.map((row) => [row.key, row]));
  const flowByKey = new Map(flows.map((row) => [row.key, row]));
  const rawFor = (key: string, flow: FlowTotals | undefined, processingHistogram?: Histogram, responseHistogram?: Histogram): RawFigures => ({
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

  const weakServices: WeakService[] = supervisor
    ? weakestServices(serviceFlows ?? flows, serviceProcessing ?? processing, catalog, agencyOf, rawFor, minRespondents)
    : [];

  const officerNames = officers.length
    ? new Map(
        (await db.user.findMany({ where: { id: { in: officers.map((row) => row.officerId) } }, select: { id: true, name: true } })).map((user) => [
          user.id,
          user.name,
        ]),
      )
    : new Map<string, string>();

  return {
    audience,
    refreshedAt,
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
  };
}

/** Supervisors: the five services with the lowest share completed on time (exact figures). */
function weakestServices(
  flowsByService: readonly FlowTotals[],
  histogramsByService: Map<string, Histogram>,
  catalog: DashboardCatalog,
  agencyOf: (id: string) => AgencyEntry,
  rawFor: (key: string, flow: FlowTotals | undefined, processing?: Histogram) => RawFigures,
  minRespondents: number,
): WeakService[] {
  const flowById = new Map(flowsByService.filter((row) => row.key).map((row) => [row.key, row]));
  return catalog.services
    .filter((service) => flowById.get(service.id)?.completed)
    .map((service) => {
      const flow = flowById.get(service.id)!;
      const raw = { ...rawFor(service.id, flow, histogramsByService.get(service.id)), openNow: 0, breachedNow: 0 };
      return { service, agency: agencyOf(service.agencyId), flow, figures: publishFigures(raw, false, minRespondents) };
    })
    .sort((a, b) => {
      const rate = (entry: typeof a) => entry.flow.completedOnTime / entry.flow.completed;
      return rate(a) - rate(b) || b.flow.breaches - a.flow.breaches || a.service.nameId.localeCompare(b.service.nameId);
    })
    .slice(0, 5)
    .map(({ service, agency, figures }) => ({ service, agency, figures }));
}
