import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

export type OutputSummary = {
  applicationId: string;
  verificationCode: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  timezone: string;
};

/**
 * The output document of an application, as its holder or the agency's staff
 * may see it on a case page; null when there is none or the actor may not see
 * it. Only the code and dates: the file itself goes through openOutput.
 */
export async function outputSummaryFor(actor: Actor, applicationId: string): Promise<OutputSummary | null> {
  if (actor.kind !== "user") return null;
  const row = await db.outputDocument.findUnique({
    where: { applicationId },
    select: {
      verificationCode: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
      application: { select: { citizenId: true, agencyId: true, agency: { select: { timezone: true } } } },
    },
  });
  if (!row) return null;
  const { application } = row;
  const allowed = can(actor, "ownData.read", { ownerId: application.citizenId }) || can(actor, "agency.read", { agencyId: application.agencyId });
  if (!allowed) return null;
  return {
    applicationId,
    verificationCode: row.verificationCode,
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
    timezone: application.agency.timezone,
  };
}
