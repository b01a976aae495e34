import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/**
 * Who may open a file of an application (an upload, the output PDF): its
 * applicant, or staff of the agency handling it once it was submitted. Staff
 * access is audited, because these files carry personal data (DESIGN.md §9),
 * and the applicant can later see it. Anyone else is told "not found".
 */
export async function authorizeCaseFileAccess(
  actor: Actor,
  application: { id: string; citizenId: string; agencyId: string; submitted: boolean } | null,
  audit: { action: string; data: Record<string, string> },
  context: { ip: string | null },
): Promise<void> {
  const missing = new AppError(actor.kind === "user" ? "NOT_FOUND" : "UNAUTHENTICATED", "error.notFound");
  if (!application || actor.kind !== "user") throw missing;
  if (can(actor, "ownData.read", { ownerId: application.citizenId })) return;
  if (!application.submitted || !can(actor, "agency.read", { agencyId: application.agencyId })) throw missing;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: actor.id,
      actorRole: authorize(actor, "agency.read", { agencyId: application.agencyId }),
      action: audit.action,
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { ...audit.data, ownerId: application.citizenId },
    }),
  );
}
