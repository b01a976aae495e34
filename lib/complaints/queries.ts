import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { DRAFT_STATUS } from "@/lib/applications/workflow";
import { authorize } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sqlEnumList } from "@/lib/platform/sql-values";
import { isFiler, type FilerCredential } from "./access";
import { complaintFactsSelect, complaintRowSelect } from "./complaint-select";
import { orQueryOf } from "./similarity";
import { workingHoursSelect } from "./sla";
import { complaintSlaView } from "./sla-view";
import { normalizeComplaintCode } from "./tracking";
import { complaintSecretFor } from "./tracking-secret";
import { TIMELINE_ORDER } from "@/lib/platform/guarded-transition";
import {
  availableComplaintEvents,
  filerFacingEventType,
  filerFacingStatus,
  isComplaintOpen,
  isPubliclyVisible,
  mayDispute,
  mayRate,
  PUBLIC_KINDS,
  PUBLISHED_CLOSED_STATUSES,
  PUBLISHED_IDENTITY_MODES,
  PUBLISHED_OPEN_STATUSES,
  PUBLISHED_STATUSES,
} from "./workflow";

export const PUBLIC_PAGE_SIZE = 20;

/** The one definition of "published" in the database (workflow.ts isPubliclyVisible). */
export function publishedWhere(statuses: readonly ComplaintStatus[] = PUBLISHED_STATUSES): Prisma.ComplaintWhereInput {
  return {
    kind: { in: [...PUBLIC_KINDS] },
    identityMode: { in: [...PUBLISHED_IDENTITY_MODES] },
    status: { in: statuses.filter((status) => (PUBLISHED_STATUSES as readonly ComplaintStatus[]).includes(status)) },
  };
}

/** Timeline entries the public sees: what happened, never who, never notes. */
const PUBLIC_EVENT_TYPES = ["filed", "verified", "routed", "claimed", "responded", "disputed", "accepted", "closed"];

export const publicListFilterSchema = z.object({
  // A value no slug or code can be (too long) is no filter, not a server error.
  instansi: z.string().max(40).optional().catch(undefined),
  layanan: z.string().max(120).optional().catch(undefined),
  status: z.enum(["terbuka", "selesai"]).optional().catch(undefined),
  hal: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PublicListFilters = z.infer<typeof publicListFilterSchema>;

/** Published complaints, newest first: no names, no contact, no attachments. */
export async function listPublicComplaints(filters: PublicListFilters) {
  const statuses = filters.status === "selesai" ? PUBLISHED_CLOSED_STATUSES : filters.status === "terbuka" ? PUBLISHED_OPEN_STATUSES : PUBLISHED_STATUSES;
  const where: Prisma.ComplaintWhereInput = {
    ...publishedWhere(statuses),
    ...(filters.instansi ? { agency: { code: filters.instansi } } : {}),
    ...(filters.layanan ? { service: { slug: filters.layanan } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.complaint.count({ where }),
    db.complaint.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.hal - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: {
        ...complaintRowSelect,
        agency: { select: { nameId: true, nameEn: true, timezone: true } },
        service: { select: { nameId: true, nameEn: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)), rows };
}

/** The complaint a tracking code names, however it was typed; null when it names none. */
async function complaintByCode<const Select extends Prisma.ComplaintSelect>(code: string, select: Select) {
  const trackingCode = normalizeComplaintCode(code);
  return trackingCode ? db.complaint.findUnique({ where: { trackingCode }, select }) : null;
}

/** One published complaint for anyone; "not found" unless it is published. */
export async function getPublicComplaint(actor: Actor, code: string) {
  const row = await complaintByCode(code, {
    ...complaintFactsSelect,
    agency: { select: { nameId: true, nameEn: true, timezone: true } },
    service: { select: { nameId: true, nameEn: true, slug: true } },
    events: {
      where: { internal: false, type: { in: PUBLIC_EVENT_TYPES } },
      orderBy: [...TIMELINE_ORDER],
      select: { id: true, type: true, toStatus: true, createdAt: true },
    },
  });
  if (!row || !isPubliclyVisible(row)) throw new AppError("NOT_FOUND", "error.notFound");
  const supported =
    actor.kind === "user"
      ? !!(await db.complaintSupport.findUnique({ where: { complaintId_userId: { complaintId: row.id, userId: actor.id } }, select: { userId: true } }))
      : false;
  return {
    trackingCode: row.trackingCode,
    kind: row.kind,
    category: row.category,
    title: row.title,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt,
    respondedAt: row.respondedAt,
    locationText: row.locationText,
    supportCount: row.supportCount,
    agency: row.agency,
    service: row.service,
    events: row.events,
    response: row.respondedAt ? row.response : null,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    supported,
    isOwn: actor.kind === "user" && actor.id === row.filerId,
    open: isComplaintOpen(row.status),
  };
}
export type PublicComplaint = Awaited<ReturnType<typeof getPublicComplaint>>;

export type SimilarComplaint = { trackingCode: string; title: string; status: ComplaintStatus; supportCount: number; createdAt: Date };

/**
 * "Add your voice instead": open published complaints about the same service
 * (or the same agency, when no service was chosen), closest in wording first.
 */
export async function similarOpenComplaints(
  subject: { serviceSlug?: string; agencyCode?: string; applicationNumber?: string; text: string },
  actor: Actor,
): Promise<SimilarComplaint[]> {
  let serviceId: string | null = null;
  let agencyId: string | null = null;
  if (subject.applicationNumber && actor.kind === "user") {
    const application = await db.application.findFirst({
      where: { trackingNumber: subject.applicationNumber, citizenId: actor.id },
      select: { serviceId: true },
    });
    serviceId = application?.serviceId ?? null;
  }
  if (!serviceId && subject.serviceSlug) serviceId = (await db.service.findUnique({ where: { slug: subject.serviceSlug }, select: { id: true } }))?.id ?? null;
  if (!serviceId && subject.agencyCode) agencyId = (await db.agency.findUnique({ where: { code: subject.agencyCode }, select: { id: true } }))?.id ?? null;
  if (!serviceId && !agencyId) return [];
  const query = orQueryOf(subject.text);
  const scope = serviceId ? Prisma.sql`c."serviceId" = ${serviceId}` : Prisma.sql`c."agencyId" = ${agencyId} AND c."serviceId" IS NULL`;
  const rank = query ? Prisma.sql`ts_rank(to_tsvector('indonesian', c."title" || ' ' || c."body"), to_tsquery('indonesian', ${query}))` : Prisma.sql`0::real`;
  return db.$queryRaw<SimilarComplaint[]>`
    SELECT c."trackingCode", c."title", c."status", c."supportCount", c."createdAt"
    FROM "Complaint" c
    WHERE ${scope}
      AND c."kind" IN (${sqlEnumList(PUBLIC_KINDS, "ComplaintKind")})
      AND c."identityMode" IN (${sqlEnumList(PUBLISHED_IDENTITY_MODES, "IdentityMode")})
      AND c."status" IN (${sqlEnumList(PUBLISHED_OPEN_STATUSES, "ComplaintStatus")})
    ORDER BY ${rank} DESC, c."supportCount" DESC, c."createdAt" DESC
    LIMIT 5`;
}

/** The signed-in citizen's complaints (not the anonymous ones: those have no link to anyone). */
export async function listOwnComplaints(actor: Actor) {
  authorize(actor, "account.view");
  if (actor.kind !== "user") return [];
  const rows = await db.complaint.findMany({
    where: { filerId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { trackingCode: true, kind: true, title: true, status: true, createdAt: true, agency: { select: { nameId: true, nameEn: true } } },
  });
  return rows.map((row) => ({ ...row, shownStatus: filerFacingStatus(row.kind, row.status) }));
}

/** The tracking code of a complaint the signed-in citizen filed; null for anyone else's, so its existence is not told. */
export async function ownComplaintCode(actor: Actor, complaintId: string): Promise<string | null> {
  if (actor.kind !== "user") return null;
  const row = await db.complaint.findFirst({ where: { id: complaintId, filerId: actor.id }, select: { trackingCode: true } });
  return row?.trackingCode ?? null;
}

/** The signed-in citizen's submitted applications, to pick one a complaint is about. */
export async function listOwnApplicationsForComplaint(actor: Actor) {
  if (actor.kind !== "user") return [];
  return db.application.findMany({
    where: { citizenId: actor.id, status: { not: DRAFT_STATUS }, trackingNumber: { not: null } },
    orderBy: { submittedAt: "desc" },
    take: 100,
    select: {
      trackingNumber: true,
      status: true,
      breachRecordedAt: true,
      service: { select: { slug: true, nameId: true, nameEn: true } },
      agency: { select: { code: true } },
    },
  });
}

/** What the complaint form offers: published services and agencies. */
export async function complaintFormOptions() {
  const [services, agencies] = await Promise.all([
    db.service.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { nameId: "asc" },
      select: { slug: true, nameId: true, nameEn: true, agency: { select: { code: true } } },
    }),
    db.agency.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true } }),
  ]);
  return { services, agencies };
}

/** Everything the filer's follow-up page shows; "not found" unless these credentials are the filer's. */
export async function getFilerComplaintView(credential: FilerCredential, code: string) {
  const row = await complaintByCode(code, {
    ...complaintFactsSelect,
    disputeDeadline: true,
    rejectionCode: true,
    rejectionReason: true,
    rating: true,
    ratingComment: true,
    slaStartedAt: true,
    dueAt: true,
    agency: { select: { nameId: true, nameEn: true, ...workingHoursSelect } },
    service: { select: { nameId: true, nameEn: true } },
    application: { select: { id: true, trackingNumber: true } },
    documents: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, createdAt: true } },
    events: {
      where: { internal: false },
      orderBy: [...TIMELINE_ORDER],
      select: { id: true, type: true, toStatus: true, note: true, actorRole: true, createdAt: true },
    },
  });
  if (!row || !isFiler(credential, row)) throw new AppError("NOT_FOUND", "error.notFound");
  const now = credential.now ?? new Date();
  const signedInFiler = credential.actor.kind === "user" && credential.actor.id === row.filerId;
  return {
    ...row,
    shownStatus: filerFacingStatus(row.kind, row.status),
    events: row.events.map((event) => ({ ...event, type: filerFacingEventType(row.kind, event.type) })),
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    // Shown again to a signed-in filer only; someone who opened it with the secret has it already.
    secret: signedInFiler ? complaintSecretFor(row.id) : null,
    sla: await complaintSlaView(row, now),
    published: isPubliclyVisible(row),
    mayAccept: availableComplaintEvents(row.status, "filer").includes("accept"),
    mayDispute: mayDispute(row, now),
    mayAddInformation: isComplaintOpen(row.status),
    mayRate: mayRate(row),
  };
}
export type FilerComplaintView = Awaited<ReturnType<typeof getFilerComplaintView>>;
