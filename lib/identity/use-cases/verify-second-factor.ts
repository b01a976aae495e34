import "server-only";
import type { PendingSecondFactor } from "@/lib/identity/session-actor";
import { ownAccountRole } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { withProvenFactor } from "../second-factor/proof";
import { markSecondFactorProven } from "../user-sessions";

/**
 * The sign-in's second step: a session that passed the password proves the
 * account's second factor with an authenticator code, a recovery code, or a
 * passkey assertion (`passkeyResponse`, answering a challenge from
 * startPasskeySignIn). Attempts count per account and per address like
 * passwords do; past the limit every attempt is refused until the window ends
 * (never for good, and without touching the password lock). Each failure is
 * audited, a replayed assertion as `passkeyReplayed`.
 */
export async function verifySecondFactor(
  pending: PendingSecondFactor,
  input: unknown,
  context: { ip: string | null; now?: Date },
): Promise<{ usedRecoveryCode: boolean; recoveryCodesLeft: number }> {
  const now = context.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: pending.userId }, select: { roles: true } });
  const audit = { actorId: pending.userId, actorRole: ownAccountRole(user.roles), entityType: "User" as const, entityId: pending.userId, ip: context.ip };
  return withProvenFactor(pending.userId, input, audit, now, { allowRecoveryCode: true }, async (tx, proof) => {
    await markSecondFactorProven(tx, pending, now);
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { userId: pending.userId, usedAt: null } });
    await recordAudit(tx, {
      ...audit,
      action: "account.secondFactorVerified",
      data: { kind: proof.kind, ...(proof.kind === "recoveryCode" ? { recoveryCodesLeft } : {}) },
    });
    return { usedRecoveryCode: proof.kind === "recoveryCode", recoveryCodesLeft };
  });
}
