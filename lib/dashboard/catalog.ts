import "server-only";
import { db } from "@/lib/platform/db";
import { recentValues } from "@/lib/platform/recent-values";

export type AgencyEntry = { id: string; slug: string; code: string; nameId: string; nameEn: string; timezone: string };
export type ServiceEntry = { id: string; slug: string; agencyId: string; nameId: string; nameEn: string };
export type DashboardCatalog = { agencies: AgencyEntry[]; services: ServiceEntry[] };

/**
 * Agencies and services change a few times a year, through the admin pages,
 * while every dashboard request needs them (filter, scope, table rows): one
 * read is reused for this long, so a renamed agency or a newly published
 * service shows on the dashboards within half a minute.
 */
export const CATALOG_REUSE_MS = 30_000;

const reused = recentValues<DashboardCatalog>("dashboard-catalog", CATALOG_REUSE_MS);
const versions = new WeakMap<DashboardCatalog, number>();
let lastVersion = 0;

async function readCatalog(): Promise<DashboardCatalog> {
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

/** Agencies and every service that was ever published (retired ones keep their history). Shared: never modify the result. */
export function dashboardCatalog(now = Date.now()): Promise<DashboardCatalog> {
  return reused.get("all", readCatalog, now);
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
