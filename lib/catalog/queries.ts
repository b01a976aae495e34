import "server-only";
import { db } from "@/lib/platform/db";
import { formDefinitionSchema } from "./form-definition";
import { searchServiceIds } from "./search";
import { serviceStandardSchema } from "./standard";

const serviceCardSelect = {
  id: true,
  slug: true,
  nameId: true,
  nameEn: true,
  summaryId: true,
  summaryEn: true,
  agency: { select: { slug: true, nameId: true, nameEn: true } },
  category: { select: { slug: true, nameId: true, nameEn: true } },
  currentVersion: { select: { slaWorkingDays: true, feeAmount: true } },
} as const;

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

/** Every agency's public contact details and office hours, for the contact page. */
export async function listAgencyContacts() {
  return db.agency.findMany({
    orderBy: { nameId: "asc" },
    select: { code: true, nameId: true, nameEn: true, address: true, phone: true, email: true, website: true, officeOpens: true, officeCloses: true, timezone: true },
  });
}

/** The catalog: full-text search when there is a query, else the filtered list by name. */
export async function findServices(filters: CatalogFilters) {
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
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
  return db.service.findMany({
    where: { status: "PUBLISHED", ...scope },
    orderBy: { nameId: "asc" },
    select: serviceCardSelect,
  });
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
 * A published service with its current standard version, or, given
 * `versionNumber`, with that earlier version instead: earlier standards stay
 * public (issue 8 §3). Every version is listed for the version history.
 */
export async function getPublishedService(slug: string, versionNumber?: number) {
  const service = await db.service.findUnique({
    where: { slug },
    select: {
      versions: { orderBy: { version: "desc" }, select: { version: true, decreeNumber: true, effectiveFrom: true } },
      ...serviceCardSelect,
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
      currentVersion: { select: versionSelect },
    },
  });
  if (!service || service.status !== "PUBLISHED" || !service.currentVersion) return null;
  const { currentVersion, ...rest } = service;
  const shown =
    versionNumber === undefined || versionNumber === currentVersion.version
      ? currentVersion
      : await db.serviceStandardVersion.findUnique({
          where: { serviceId_version: { serviceId: service.id, version: versionNumber } },
          select: versionSelect,
        });
  if (!shown) return null;
  return {
    ...rest,
    currentVersionNumber: currentVersion.version,
    version: {
      ...shown,
      standard: serviceStandardSchema.parse(shown.standard),
      formDefinition: formDefinitionSchema.parse(shown.formDefinition),
    },
  };
}

export type PublishedService = NonNullable<Awaited<ReturnType<typeof getPublishedService>>>;
