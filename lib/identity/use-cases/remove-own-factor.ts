import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { needsSecondFactor } from "@/lib/auth/second-factor-rule";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { currentPasswordMatches } from "../password-reentry";
import { withProvenFactor } from "../second-factor/proof";
import { countFactors } from "../second-factor/store";

const removeSchema = z.object({
  /** "totp" for the authenticator app, else a passkey's id. */
  factor: z.string().min(1).max(64),
  currentPassword: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong"),
});

/**
 * The owner turns one of their own factors off (the authenticator app or one
 * passkey) after proving it is them: the current password and a valid code
 * or passkey (a recovery code is not enough to take a factor away). Removing
 * the last factor is refused when the account's role requires one; a
 * citizen's last factor goes with the recovery codes, and sign-in is by
 * password again. Audited.
 */
export async function removeOwnFactor(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }): Promise<{ factorsLeft: number }> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const { factor, currentPassword } = parseOrThrow(removeSchema, raw);
  const now = context.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({
    where: { id: who.actorId },
    select: {
      passwordHash: true,
      roles: true,
      memberships: { where: { role: "OFFICER", agency: { officersNeedSecondFactor: true } }, select: { agencyId: true } },
    },
  });
  const target = factor === "totp" ? null : await db.passkey.findFirst({ where: { id: factor, userId: who.actorId }, select: { id: true } });
  if (factor !== "totp" && !target) throw new AppError("NOT_FOUND", "error.notFound");
  if (!user.passwordHash || !(await currentPasswordMatches(who.actorId, user.passwordHash, currentPassword))) {
    throw new AppError("INVALID", "error.invalidInput", { currentPassword: ["accountSecurity.error.currentPasswordWrong"] });
  }
  const required = needsSecondFactor(user.roles, user.memberships.length > 0, env().STAFF_SECOND_FACTOR);
  const audit = { ...who, entityType: "User" as const, entityId: who.actorId, ip: context.ip };
  return withProvenFactor(who.actorId, { code: raw.code, passkeyResponse: raw.passkeyResponse }, audit, now, { allowRecoveryCode: false }, async (tx) => {
    const before = await countFactors(tx, who.actorId);
    if (before <= 1 && required) throw new AppError("CONFLICT", "factors.error.lastFactorRequired");
    const removed =
      factor === "totp"
        ? await tx.totpFactor.deleteMany({ where: { userId: who.actorId, confirmedAt: { not: null } } })
        : await tx.passkey.deleteMany({ where: { id: factor, userId: who.actorId } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND", "error.notFound");
    const factorsLeft = before - 1;
    if (factorsLeft === 0) await tx.recoveryCode.deleteMany({ where: { userId: who.actorId } });
    await recordAudit(tx, { ...audit, action: "account.secondFactorRemoved", data: { kind: factor === "totp" ? "totp" : "passkey", factorsLeft } });
    return { factorsLeft };
  });
}
