import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn, can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { removeAllFactors } from "../second-factor/store";
import { endAllUserSessions } from "../user-sessions";

/**
 * Someone lost their authenticator (app or passkeys) and their recovery codes: an admin of an
 * agency they work for (or a portal-wide admin) removes the factor, after
 * checking who is asking in person or by the agency's own channels; never an
 * email alone, and never the admin's own. Every session of the account ends,
 * so the next sign-in is by password and then a new enrolment. Audited.
 * Resetting an account with no factor changes nothing and is not recorded.
 */
export async function resetSecondFactor(actor: Actor, input: { userId: unknown }, context: { ip: string | null }): Promise<{ reset: boolean }> {
  authorizeSignedIn(actor, "account.resetSecondFactor", { agencyId: null });
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  if (typeof input.userId !== "string" || input.userId.length > 64) throw new AppError("NOT_FOUND", "error.notFound");
  const target = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, roles: true, memberships: { select: { agencyId: true } } } });
  if (!target || !target.roles.some((role) => role !== "CITIZEN")) throw new AppError("NOT_FOUND", "error.notFound");
  // The admin must share one of the account's agencies, or be portal-wide.
  const agencyId = target.memberships.map((m) => m.agencyId).find((id) => can(actor, "account.resetSecondFactor", { agencyId: id })) ?? null;
  const admin = authorizeSignedIn(actor, "account.resetSecondFactor", { agencyId });
  if (target.id === admin.actorId) throw new AppError("CONFLICT", "secondFactor.error.resetSelf");
  return db.$transaction(async (tx) => {
    if (!(await removeAllFactors(tx, target.id))) return { reset: false };
    await endAllUserSessions(tx, target.id);
    await recordAudit(tx, { ...admin, action: "account.secondFactorReset", entityType: "User", entityId: target.id, ip: context.ip, data: { agencyId } });
    return { reset: true };
  });
}
