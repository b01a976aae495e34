import "server-only";
import { db } from "@/lib/platform/db";
import { recentValues } from "@/lib/platform/recent-values";

/**
 * How long a page may reuse the agency and service directory another request
 * read (issue 23): the citizen's list and the officer queue name every row's
 * service and agency, and re-reading them was three of a queue page's ten
 * statements. Agencies and services change a few times a month, through the
 * catalog admin, which drops this process's copy at once (forgetRecentDirectory).
 * Another web instance shows a renamed agency or service, or a new service in
 * the queue's filter, up to this long later. An id the copy does not know
 * (a service created meanwhile) is read afresh, never shown blank.
 */
export const RECENT_DIRECTORY_MS = 30_000;

const agencySelect = {
  id: true,
  slug: true,
  code: true,
  nameId: true,
  nameEn: true,
  timezone: true,
  officeOpens: true,
  officeCloses: true,
  regionCode: true,
} as const;
const serviceSelect = { id: true, slug: true, agencyId: true, nameId: true, nameEn: true, status: true } as const;

async function readDirectory() {
  // Names are what both pages sort and show; nothing here is scoped to a reader (the pages filter by their own policy).
  const [agencies, services] = await Promise.all([
    db.agency.findMany({ orderBy: [{ nameId: "asc" }, { id: "asc" }], select: agencySelect }),
    db.service.findMany({ orderBy: [{ nameId: "asc" }, { id: "asc" }], select: serviceSelect }),
  ]);
  return {
    agencies,
    services,
    agencyById: new Map(agencies.map((agency) => [agency.id, agency])),
    serviceById: new Map(services.map((service) => [service.id, service])),
  };
}
export type Directory = Awaited<ReturnType<typeof readDirectory>>;
export type DirectoryAgency = Directory["agencies"][number];
export type DirectoryService = Directory["services"][number];

const recent = recentValues<Directory>("directory", RECENT_DIRECTORY_MS);

/**
 * Every agency and service, read at most RECENT_DIRECTORY_MS ago. With `mustKnow`,
 * a copy that lacks one of those agency or service ids is read again first.
 */
export async function recentDirectory(
  options: { mustKnow?: { agencyIds?: Iterable<string>; serviceIds?: Iterable<string> }; now?: number } = {},
): Promise<Directory> {
  const now = options.now ?? Date.now();
  let directory = await recent.get("all", readDirectory, now);
  if (options.mustKnow && !knowsAll(directory, options.mustKnow)) {
    recent.forget();
    directory = await recent.get("all", readDirectory, now);
  }
  return directory;
}

function knowsAll(directory: Directory, { agencyIds = [], serviceIds = [] }: { agencyIds?: Iterable<string>; serviceIds?: Iterable<string> }): boolean {
  for (const id of agencyIds) if (!directory.agencyById.has(id)) return false;
  for (const id of serviceIds) if (!directory.serviceById.has(id)) return false;
  return true;
}

/** After an agency or service write commits: this process's next page reads the directory again. */
export function forgetRecentDirectory(): void {
  recent.forget();
}
