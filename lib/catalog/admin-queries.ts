import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import { localDateOfDay, toLocalParts } from "@/lib/sla/local-time";
import { checkDraft, formIssues, standardIssues, workingDraft } from "./draft";
import { exportDocument } from "./service-transfer";
import { versionsInForce } from "./version-in-force";

export async function listAgenciesForAdmin(actor: Actor) {
  authorize(actor, "admin.manage");
  return db.agency.findMany({
    orderBy: { nameId: "asc" },
    select: { id: true, code: true, nameId: true, nameEn: true, timezone: true, _count: { select: { services: true } } },
  });
}

export async function getAgencyForAdmin(actor: Actor, agencyId: string) {
  authorize(actor, "admin.manage");
  const agency = await db.agency.findUnique({ where: { id: agencyId } });
  if (!agency) throw notFound();
  return agency;
}

export async function listServicesForAdmin(actor: Actor) {
  authorize(actor, "admin.manage");
  const services = await db.service.findMany({
    orderBy: [{ agency: { nameId: "asc" } }, { nameId: "asc" }],
    select: {
      id: true,
      slug: true,
      nameId: true,
      nameEn: true,
      status: true,
      agency: { select: { code: true, timezone: true } },
      versions: { select: { version: true, effectiveFrom: true } },
    },
  });
  // The column is the version in force, which a scheduled newer one does not replace before its date.
  return services.map(({ versions, ...service }) => ({
    ...service,
    currentVersion: versionsInForce(versions, new Date(), service.agency.timezone).current,
  }));
}

/** One service as the admin console shows it: details, working draft with its problems, and every published version. */
export async function getServiceForAdmin(actor: Actor, serviceId: string) {
  authorize(actor, "admin.manage");
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      slug: true,
      agencyId: true,
      categoryId: true,
      nameId: true,
      nameEn: true,
      summaryId: true,
      summaryEn: true,
      keywords: true,
      status: true,
      draft: true,
      agency: { select: { code: true, nameId: true, nameEn: true, timezone: true } },
      currentVersion: { select: { version: true, standard: true, formDefinition: true, slaWorkingDays: true, feeAmount: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, decreeNumber: true, effectiveFrom: true, publishedAt: true, _count: { select: { applications: true } } },
      },
    },
  });
  if (!service) throw notFound();
  const { draft: stored, currentVersion, ...rest } = service;
  // The draft builds on the latest published version, which may still be scheduled.
  const draft = workingDraft(stored, currentVersion);
  const inForce = versionsInForce(service.versions, new Date(), service.agency.timezone);
  return {
    ...rest,
    currentVersion: currentVersion?.version ?? null,
    versionInForce: inForce.current?.version ?? null,
    scheduledVersions: inForce.upcoming.map((version) => version.version),
    draft,
    standardIssues: standardIssues(draft.standard),
    formIssues: formIssues(draft.formDefinition),
    publishable: checkDraft(draft),
    /** The default effective date of a new version: today where the agency is. */
    agencyToday: localDateOfDay(toLocalParts(service.agency.timezone, Date.now()).day),
  };
}

export type AdminService = Awaited<ReturnType<typeof getServiceForAdmin>>;

/** The service's current published version as a shareable document. */
export async function exportServiceDocument(actor: Actor, serviceId: string) {
  authorize(actor, "admin.manage");
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      slug: true,
      nameId: true,
      nameEn: true,
      summaryId: true,
      summaryEn: true,
      keywords: true,
      agency: { select: { code: true } },
      category: { select: { slug: true } },
      currentVersion: {
        select: { version: true, decreeNumber: true, effectiveFrom: true, standard: true, formDefinition: true, slaWorkingDays: true, feeAmount: true },
      },
    },
  });
  if (!service?.currentVersion) throw notFound();
  return { slug: service.slug, document: exportDocument(service, service.currentVersion) };
}
