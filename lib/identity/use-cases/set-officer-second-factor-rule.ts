import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/**
 * An admin decides whether an agency's officers need a second factor before
 * they act (admins, supervisors and the integrity unit always do). Officers
 * without one are sent to enrol at their next request. Setting what is
 * already set changes nothing and is not recorded.
 */
export async function setOfficerSecondFactorRule(actor: Actor, input: { agencyId: unknown; required: boolean }, context: { ip: string | null }) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  if (typeof input.agencyId !== "string" || input.agencyId.length > 64) throw new AppError("NOT_FOUND", "error.notFound");
  const agencyId = input.agencyId;
  return db.$transaction(async (tx) => {
    const { count } = await tx.agency.updateMany({
      where: { id: agencyId, officersNeedSecondFactor: !input.required },
      data: { officersNeedSecondFactor: input.required },
    });
    if (count === 0) {
      if (!(await tx.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "error.notFound");
      return { changed: false };
    }
    await recordAudit(tx, {
      ...admin,
      action: "agency.officerSecondFactorRuleChanged",
      entityType: "Agency",
      entityId: agencyId,
      ip: context.ip,
      data: { required: input.required },
    });
    return { changed: true };
  });
}
