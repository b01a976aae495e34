import { granularityOf, parsePeriod, type Granularity, type LocalDate, type Period } from "./period";
import type { AgencyEntry, DashboardCatalog, ServiceEntry } from "./catalog";

/** What a dashboard shows: a period and, optionally, one agency or one of its services. */
export type Selection = {
  period: Period;
  granularity: Granularity;
  agency: AgencyEntry | null;
  service: ServiceEntry | null;
  /** Parameters that could not be read and were replaced by a default. */
  invalid: ("period" | "agency" | "service")[];
};

export type SearchParams = Record<string, string | string[] | undefined>;
export const param = (params: SearchParams, name: string) => {
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
