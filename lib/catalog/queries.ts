import "server-only";
// Public catalog reads tolerate seconds of lag: a replica when one is fit (lib/platform/replicas.ts).
import { replicaDb as db } from "@/lib/platform/db";
import { formDefinitionSchema } from "./form-definition";
import { searchServiceIds } from "./search";
import { serviceStandardSchema } from "./standard";
import { versionsInForce } from "./version-in-force";

const serviceCardSelect = {
  id: true,
  slug: true,
  nameId: true,
  nameEn: true,
  summaryId: true,
  summaryEn: true,
  agency: { select: { slug: true, nameId: true, nameEn: true, timezone: true } },
  category: { select: { slug: true, nameId: true, nameEn: true } },
  // Every version, small: which one a card shows depends on today's date (versionsInForce).
  versions: { select: { version: true, effectiveFrom: true, slaWorkingDays: true, feeAmount: true } },
} as const;

type CardRow = { versions: { version: number; effectiveFrom: Date; slaWorkingDays: number; feeAmount: number }[]; agency: { timezone: string } };

/** A card shows the version in force, or, for a service whose first standard is still scheduled, that one. */
function withVersionInForce<S extends CardRow>({ versions, ...service }: S, now: Date) {
  const { current, upcoming } = versionsInForce(versions, now, service.agency.timezone);
  const shown = current ?? upcoming[0] ?? null;
  return { ...service, currentVersion: shown && { slaWorkingDays: shown.slaWorkingDays, feeAmount: shown.feeAmount } };
}

export type CatalogFilters = { q?: string; category?: string; agency?: string };

export async function listCategories() {
  return db.serviceCategory.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      slug: true,
      nameId: true,
      nameEn: true,
      _count: { select: { services: { where: { status: "PUBLISHED" } } } },
    },
  });
}

export async function listAgencies() {
  return db.agency.findMany({
    orderBy: { nameId: "asc" },
    select: {
      id: true,
      slug: true,
      code: true,
      nameId: true,
      nameEn: true,
      _count: { select: { services: { where: { status: "PUBLISHED" } } } },
    },
  });
}

/** Every agency's code and names, for a filter's choices (the public complaints list). */
export async function listAgencyNames() {
  return db.agency.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true } });
}

/** Every agency's public contact details and office hours, for the contact page. */
export async function listAgencyContacts() {
  return db.agency.findMany({
    orderBy: { nameId: "asc" },
    select: {
      code: true,
      nameId: true,
      nameEn: true,
      address: true,
      phone: true,
      email: true,
      website: true,
      officeOpens: true,
      officeCloses: true,
      timezone: true,
    },
  });
}

/** The catalog: full-text search when there is a query, else the filtered list by name. */
export async function findServices(filters: CatalogFilters, now = new Date()) {
  const [category, agency] = await Promise.all([
    filters.category ? db.serviceCategory.findUnique({ where: { slug: filters.category } }) : null,
    filters.agency ? db.agency.findUnique({ where: { slug: filters.agency } }) : null,
  ]);
  // An unknown filter value matches nothing rather than being silently ignored.
  if ((filters.category && !category) || (filters.agency && !agency)) return [];
  const scope = { categoryId: category?.id, agencyId: agency?.id };

  const query = filters.q?.trim();
  if (query) {
    const ids = await searchServiceIds(db, query, scope);
    const services = await db.service.findMany({ where: { id: { in: ids } }, select: serviceCardSelect });
    const byId = new Map(services.map((service) => [service.id, service]));
    return ids.flatMap((id) => byId.get(id) ?? []).map((service) => withVersionInForce(service, now));
  }
  const services = await db.service.findMany({
    where: { status: "PUBLISHED", ...scope },
    orderBy: { nameId: "asc" },
    select: serviceCardSelect,
  });
  return services.map((service) => withVersionInForce(service, now));
}

export type ServiceCard = Awaited<ReturnType<typeof findServices>>[number];

const versionSelect = {
  version: true,
  decreeNumber: true,
  effectiveFrom: true,
  slaWorkingDays: true,
  feeAmount: true,
  standard: true,
  formDefinition: true,
} as const;

/**
 * A published service with the standard version in force now, or, given
 * `versionNumber`, that version instead: earlier standards stay public
 * (issue 8 §3) and scheduled ones are announced before their date. Every
 * version is listed for the version history; `upcoming` holds the scheduled
 * versions, soonest first. A service whose first version is still scheduled
 * has no current version: its page shows the scheduled one, without applying.
 */
export async function getPublishedService(slug: string, versionNumber?: number, now = new Date()) {
  const service = await db.service.findUnique({
    where: { slug },
    select: {
      ...serviceCardSelect,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, decreeNumber: true, effectiveFrom: true } },
      status: true,
      agency: {
        select: {
          slug: true,
          nameId: true,
          nameEn: true,
          email: true,
          phone: true,
          address: true,
          officeOpens: true,
          officeCloses: true,
          timezone: true,
        },
      },
    },
  });
  if (!service || service.status !== "PUBLISHED") return null;
  const { current, upcoming } = versionsInForce(service.versions, now, service.agency.timezone);
  const wanted = versionNumber ?? current?.version ?? upcoming[0]?.version;
  const listed = service.versions.find((version) => version.version === wanted);
  if (!listed) return null;
  const shown = await db.serviceStandardVersion.findUniqueOrThrow({ where: { id: listed.id }, select: versionSelect });
  return {
    ...service,
    versions: service.versions.map(({ version, decreeNumber, effectiveFrom }) => ({ version, decreeNumber, effectiveFrom })),
    currentVersionNumber: current?.version ?? null,
    upcoming: upcoming.map(({ version, decreeNumber, effectiveFrom }) => ({ version, decreeNumber, effectiveFrom })),
    version: {
      ...shown,
      standard: serviceStandardSchema.parse(shown.standard),
      formDefinition: formDefinitionSchema.parse(shown.formDefinition),
    },
  };
}

export type PublishedService = NonNullable<Awaited<ReturnType<typeof getPublishedService>>>;
