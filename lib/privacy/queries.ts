import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db";
import { STAFF_ACCESS_ACTIONS, type StaffAccessAction } from "@/lib/auth/staff-access";

const ACCESS_LOG_LIMIT = 300;

/** Reads of the citizen's data that they consented to themselves (facts shared from their wallet, DESIGN.md §16). */
export const CONSENTED_ACCESS_ACTIONS = ["wallet.factsShared"] as const;

export type StaffAccessEntry = {
  id: string;
  occurredAt: Date;
  action: StaffAccessAction | (typeof CONSENTED_ACCESS_ACTIONS)[number];
  /** A read the citizen consented to on a form: "who" is the agency that received the data. */
  byConsent: boolean;
  /** Who, as the citizen sees it: the role and the agency, never the person's name. */
  actorRole: Role | null;
  agency: { nameId: string; nameEn: string } | null;
  /** What it was about: the application's tracking number or the complaint's code. */
  subject: string | null;
};

/**
 * Every recorded staff access to the citizen's personal data, newest first:
 * their profile (NIK reveals), their applications (case pages, documents,
 * output PDFs) and their complaints (attachments). Staff are shown by role
 * and agency, not by name (see README "Privacy"): the audit log keeps the
 * person, for the integrity unit to follow up a complaint about an access.
 * Facts read from the citizen's wallet into an application with their consent
 * are listed too, under the agency that received them.
 */
export async function listStaffAccessToMyData(actor: Actor): Promise<StaffAccessEntry[]> {
  authorize(actor, "account.view");
  if (actor.kind !== "user") return [];
  const [applications, complaints] = await Promise.all([
    db.application.findMany({ where: { citizenId: actor.id }, select: { id: true, trackingNumber: true, agency: { select: { nameId: true, nameEn: true } } } }),
    db.complaint.findMany({ where: { filerId: actor.id }, select: { id: true, trackingCode: true, agency: { select: { nameId: true, nameEn: true } } } }),
  ]);
  const applicationById = new Map(applications.map((a) => [a.id, a]));
  const complaintById = new Map(complaints.map((c) => [c.id, c]));
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { action: { in: [...STAFF_ACCESS_ACTIONS] }, OR: [{ actorId: null }, { actorId: { not: actor.id } }] },
        { action: { in: [...CONSENTED_ACCESS_ACTIONS] } },
      ],
      AND: {
        OR: [
          { entityType: "User", entityId: actor.id },
          { entityType: "Application", entityId: { in: [...applicationById.keys()] } },
          { entityType: "Complaint", entityId: { in: [...complaintById.keys()] } },
        ],
      },
    },
    orderBy: { id: "desc" },
    take: ACCESS_LOG_LIMIT,
    select: { id: true, occurredAt: true, action: true, actorRole: true, entityType: true, entityId: true, data: true },
  });
  return events.map((event) => {
    // A NIK reveal is about the person (User); it names the application it was made from.
    const applicationId = event.entityType === "Application" ? event.entityId : stringField(event.data, "applicationId");
    const application = applicationId ? applicationById.get(applicationId) : undefined;
    const complaint = event.entityType === "Complaint" && event.entityId ? complaintById.get(event.entityId) : undefined;
    return {
      id: String(event.id),
      occurredAt: event.occurredAt,
      action: event.action as StaffAccessEntry["action"],
      byConsent: (CONSENTED_ACCESS_ACTIONS as readonly string[]).includes(event.action),
      actorRole: event.actorRole,
      agency: application?.agency ?? complaint?.agency ?? null,
      subject: application?.trackingNumber ?? complaint?.trackingCode ?? null,
    };
  });
}

function stringField(data: unknown, key: string): string | null {
  const value = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : null;
}
