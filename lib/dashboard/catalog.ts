import "server-only";
import { recentDirectory, type Directory } from "@/lib/catalog/recent-directory";

export type AgencyEntry = { id: string; slug: string; code: string; nameId: string; nameEn: string; timezone: string };
export type ServiceEntry = { id: string; slug: string; agencyId: string; nameId: string; nameEn: string };
export type DashboardCatalog = { agencies: AgencyEntry[]; services: ServiceEntry[] };

const derived = new WeakMap<Directory, DashboardCatalog>();
const versions = new WeakMap<DashboardCatalog, number>();
let lastVersion = 0;

/**
 * Agencies and every service that was ever published (retired ones keep their history), from the
 * directory every page shares (lib/catalog/recent-directory.ts): reused for its half minute, and
 * dropped by the catalog admin's writes like the citizen's and the officer's pages. Shared: never modify the result.
 */
export async function dashboardCatalog(now = Date.now()): Promise<DashboardCatalog> {
  const directory = await recentDirectory({ now });
  let catalog = derived.get(directory);
  if (!catalog) {
    catalog = {
      agencies: directory.agencies.map(({ id, slug, code, nameId, nameEn, timezone }) => ({ id, slug, code, nameId, nameEn, timezone })),
      services: directory.services
        .filter((service) => service.status !== "DRAFT")
        .map(({ id, slug, agencyId, nameId, nameEn }) => ({ id, slug, agencyId, nameId, nameEn })),
    };
    derived.set(directory, catalog);
  }
  return catalog;
}

/**
 * Which catalog a view was built from, for cache keys: the rows name agencies
 * and services from it, so a view built from an older catalog is not reused
 * with a newer one.
 */
export function catalogVersion(catalog: DashboardCatalog): number {
  let version = versions.get(catalog);
  if (version === undefined) {
    version = ++lastVersion;
    versions.set(catalog, version);
  }
  return version;
}
