import "server-only";
import { catalogVersion, type DashboardCatalog } from "./catalog";
import { dashboardStamp } from "./refresh-stamp";
import type { Selection } from "./selection";

/**
 * The dashboards' figures come from rollups that change only when a refresh
 * runs, so a view computed from them is reused in this process until the
 * next refresh or for at most VIEW_REUSE_MS (the officers' names and the
 * catalog are read alongside). The key holds everything that scopes or
 * feeds the figures: the audience (suppressed or exact), the agencies the
 * viewer may see, the agency, service and days chosen, the catalog it was
 * built from and the refresh it reflects. Concurrent requests for the same
 * key share one computation.
 */
export const VIEW_REUSE_MS = 60_000;
/** Distinct selections kept at once; the oldest is dropped first. */
export const MAX_VIEWS = 64;

export type ViewScope = {
  audience: "public" | "supervisor";
  /** The agencies the viewer may see; null for all. */
  agencyIds: readonly string[] | null;
  catalog: DashboardCatalog;
  minRespondents: number;
};

type Entry<T> = { computedAt: number; value: Promise<T> };

export function viewKey(selection: Selection, scope: ViewScope, refreshedAt: Date | null): string {
  return JSON.stringify([
    scope.audience,
    scope.agencyIds ? [...scope.agencyIds].sort() : "*",
    selection.agency?.id ?? "",
    selection.service?.id ?? "",
    selection.period.from,
    selection.period.to,
    selection.granularity,
    catalogVersion(scope.catalog),
    scope.minRespondents,
    refreshedAt?.getTime() ?? null,
  ]);
}

export function createViewCache<T>() {
  const entries = new Map<string, Entry<T>>();
  let lastRefresh: number | null | undefined;
  return {
    /** The view for this selection and scope: reused when still current, else computed (from the refresh it reports). */
    async get(selection: Selection, scope: ViewScope, compute: (refreshedAt: Date | null) => Promise<T>, now = Date.now()): Promise<T> {
      const { refreshedAt } = await dashboardStamp(now);
      const refresh = refreshedAt?.getTime() ?? null;
      // Views of an earlier refresh can never be asked for again.
      if (refresh !== lastRefresh) entries.clear();
      lastRefresh = refresh;
      const key = viewKey(selection, scope, refreshedAt);
      const found = entries.get(key);
      if (found && now - found.computedAt < VIEW_REUSE_MS && now >= found.computedAt) return found.value;
      const entry: Entry<T> = { computedAt: now, value: compute(refreshedAt) };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > MAX_VIEWS) entries.delete(entries.keys().next().value!);
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },
    get size() {
      return entries.size;
    },
  };
}
