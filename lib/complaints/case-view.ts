import "server-only";
import { TIMELINE_ORDER, timelineEntrySelect } from "@/lib/platform/guarded-transition";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { recordCaseView } from "@/lib/auth/staff-access";
import { requireAccess, staffAccessTo, staffActor } from "./access";
import { complaintFactsSelect } from "./complaint-select";
import { workingHoursSelect } from "./sla";
import { complaintSlaView } from "./sla-view";
import { availableComplaintEvents, complaintRequiresHolder } from "./workflow";

/**
 * Everything a staff case page shows. The filer's name, contact and the
 * application that would name them appear only where the identity mode
 * allows it for this reader (lib/complaints/access.ts); their own timeline
 * entries then lose the actor's name too. The channel must match the page:
 * a whistleblowing report is "not found" on the complaints pages and the
 * other way round.
 */
export async function getStaffComplaintView(
  actor: Actor,
  complaintId: string,
  channel: "complaints" | "integrity",
  now = new Date(),
  context: { ip: string | null } = { ip: null },
) {
  const row = await db.complaint.findUnique({
    where: { id: complaintId },
    select: {
      ...complaintFactsSelect,
      version: true,
      filerName: true,
      filerContact: true,
      agencyId: true,
      routedAt: true,
      slaStartedAt: true,
      dueAt: true,
      disputeDeadline: true,
      rejectionCode: true,
      rejectionReason: true,
      rating: true,
      ratingComment: true,
      assignedOfficerId: true,
      open311ClientId: true,
      agency: { select: { id: true, code: true, nameId: true, nameEn: true, ...workingHoursSelect } },
      service: { select: { nameId: true, nameEn: true } },
      application: { select: { id: true, trackingNumber: true } },
      assignedOfficer: { select: { id: true, name: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, createdAt: true } },
      events: {
        orderBy: [...TIMELINE_ORDER],
        select: { ...timelineEntrySelect, actorId: true },
      },
    },
  });
  const inChannel = row && (row.kind === "WHISTLEBLOWING") === (channel === "integrity");
  const access = row && inChannel ? staffAccessTo(actor, row) : null;
  if (!row || !access) {
    requireAccess(actor, { read: false, verify: false, handle: false, supervise: false, seesIdentity: false }, "read");
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  requireAccess(actor, access, "read");
  // Opening the case is a read of the filer's data, recorded for their "who viewed my data" page.
  const viewer = staffActor(actor, row);
  await recordCaseView(
    { actorId: viewer.id, actorRole: viewer.role },
    { entityType: "Complaint", id: row.id, ownerId: row.filerId, agencyId: row.agencyId },
    context,
    now,
  );
  const identity = access.seesIdentity && row.identityMode !== "ANONYMOUS";
  const isMine = actor.kind === "user" && row.assignedOfficerId === actor.id;
  const agencies =
    access.verify && row.kind !== "WHISTLEBLOWING"
      ? await db.agency.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true } })
      : [];
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    kind: row.kind,
    identityMode: row.identityMode,
    category: row.category,
    title: row.title,
    body: row.body,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    routedAt: row.routedAt,
    response: row.response,
    respondedAt: row.respondedAt,
    disputeDeadline: row.disputeDeadline,
    rejectionCode: row.rejectionCode,
    rejectionReason: row.rejectionReason,
    rating: row.rating,
    ratingComment: row.ratingComment,
    supportCount: row.supportCount,
    locationText: row.locationText,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    viaOpen311: row.open311ClientId !== null,
    agency: row.agency,
    service: row.service,
    assignedOfficer: row.assignedOfficer,
    filer: identity ? { name: row.filerName, contact: row.filerContact } : null,
    application: identity && row.kind !== "WHISTLEBLOWING" ? row.application : null,
    documents: row.documents,
    events: row.events.map((event) => ({
      id: event.id,
      type: event.type,
      toStatus: event.toStatus,
      note: event.note,
      internal: event.internal,
      actorRole: event.actorRole,
      createdAt: event.createdAt,
      // The filer's own entries never name them to someone who may not know who they are.
      actor: event.actor && (event.actorId !== row.filerId || identity) ? event.actor : null,
    })),
    sla: await complaintSlaView(row, now),
    access,
    agencies,
    timeZone: row.agency?.timezone ?? "Asia/Jakarta",
    isMine,
    verifierEvents: access.verify ? availableComplaintEvents(row.status, "verifier") : [],
    /** Claim for anyone who handles it; the holder-only events (respond, release) for its holder alone. */
    handlerEvents: access.handle ? availableComplaintEvents(row.status, "handler").filter((event) => isMine || !complaintRequiresHolder(event)) : [],
  };
}
export type StaffComplaintView = Awaited<ReturnType<typeof getStaffComplaintView>>;
