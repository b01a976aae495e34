import "server-only";
import type { AuditActor } from "@/lib/auth/policy";
import { lockAuditChain, recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";

/**
 * The audit actions that are a staff member reading a citizen's personal data
 * (DESIGN.md §9, "who viewed my data"). Each names its entity: the citizen
 * (User), one of their applications, or one of their complaints.
 */
export const STAFF_ACCESS_ACTIONS = [
  "application.caseViewed",
  "complaint.caseViewed",
  "pii.nikRevealed",
  "document.viewed",
  "output.viewed",
  "complaint.attachmentViewed",
] as const;
export type StaffAccessAction = (typeof STAFF_ACCESS_ACTIONS)[number];

/** One case page view is one access, however often the page is reloaded in this window. */
const CASE_VIEW_WINDOW_MS = 30 * 60_000;

/** A case page that shows a citizen's personal data, and whose data it is (none for an anonymous complaint). */
export type ViewedCase = { entityType: "Application" | "Complaint"; id: string; ownerId: string | null; agencyId: string | null };

const CASE_VIEW_ACTION = { Application: "application.caseViewed", Complaint: "complaint.caseViewed" } as const;

/**
 * Records that a staff member opened a case page: an application's (the
 * applicant's name, answers and documents list) or a complaint's (the filer's
 * name and contact where the identity mode shows them). Reloads and the
 * page's parallel metadata render within the window count once.
 */
export async function recordCaseView(viewer: AuditActor, viewed: ViewedCase, context: { ip: string | null }, now = new Date()) {
  if (!viewed.ownerId || viewer.actorId === viewed.ownerId) return;
  const action = CASE_VIEW_ACTION[viewed.entityType];
  await db.$transaction(async (tx) => {
    // The chain's lock, taken before the check so that "already recorded?" holds until this entry commits.
    await lockAuditChain(tx, viewed.agencyId);
    const recent = await tx.auditEvent.findFirst({
      where: {
        entityType: viewed.entityType,
        entityId: viewed.id,
        action,
        actorId: viewer.actorId,
        occurredAt: { gt: new Date(now.getTime() - CASE_VIEW_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (recent) return;
    await recordAudit(tx, {
      ...viewer,
      agencyId: viewed.agencyId,
      action,
      entityType: viewed.entityType,
      entityId: viewed.id,
      ip: context.ip,
      data: { ownerId: viewed.ownerId },
    });
  });
}
