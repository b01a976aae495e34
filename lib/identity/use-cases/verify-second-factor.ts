import "server-only";
import { z } from "zod";
import type { PendingSecondFactor } from "@/lib/auth/session-actor";
import { ownAccountRole } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { consumeProof, matchSecondFactor } from "../second-factor/store";
import { markSecondFactorProven } from "../user-sessions";

const codeSchema = z.object({ code: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(40, "validation.tooLong") });

/**
 * The sign-in's second step: a session that passed the password proves the
 * account's second factor with an authenticator code or a recovery code.
 * Attempts count per account and per address like passwords do; past the
 * limit every code is refused until the window ends (never for good, and
 * without touching the password lock). Each failure is audited.
 */
export async function verifySecondFactor(
  pending: PendingSecondFactor,
  input: unknown,
  context: { ip: string | null; now?: Date },
): Promise<{ usedRecoveryCode: boolean; recoveryCodesLeft: number }> {
  const { code } = parseOrThrow(codeSchema, input);
  const now = context.now ?? new Date();
  const { SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_MAX_ATTEMPTS_PER_IP, SIGN_IN_WINDOW_MINUTES } = env();
  const windowMs = SIGN_IN_WINDOW_MINUTES * 60_000;
  const user = await db.user.findUniqueOrThrow({ where: { id: pending.userId }, select: { roles: true } });
  const audit = { actorId: pending.userId, actorRole: ownAccountRole(user.roles), entityType: "User", entityId: pending.userId, ip: context.ip };

  const accountAttempts = await hitRateLimit(db, `second-factor:account:${pending.userId}`, { limit: SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs }, now);
  const ipAttempts = context.ip ? await hitRateLimit(db, `second-factor:ip:${context.ip}`, { limit: SIGN_IN_MAX_ATTEMPTS_PER_IP, windowMs }, now) : 0;
  if (accountAttempts > SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT || ipAttempts > SIGN_IN_MAX_ATTEMPTS_PER_IP) {
    await db.$transaction((tx) => recordAudit(tx, { ...audit, action: "account.secondFactorFailed", data: { reason: "rateLimited" } }));
    throw new AppError("RATE_LIMITED", "auth.rateLimited");
  }

  const proof = await matchSecondFactor(db, pending.userId, code, now);
  const outcome = await db.$transaction(async (tx) => {
    if (!proof || !(await consumeProof(tx, pending.userId, proof, now))) return null;
    await markSecondFactorProven(tx, pending, now);
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { userId: pending.userId, usedAt: null } });
    await recordAudit(tx, {
      ...audit,
      action: "account.secondFactorVerified",
      data: { kind: proof.kind, ...(proof.kind === "recoveryCode" ? { recoveryCodesLeft } : {}) },
    });
    return { usedRecoveryCode: proof.kind === "recoveryCode", recoveryCodesLeft };
  });
  if (!outcome) {
    await db.$transaction((tx) => recordAudit(tx, { ...audit, action: "account.secondFactorFailed", data: { reason: "wrongCode" } }));
    throw new AppError("INVALID", "error.invalidInput", { code: ["secondFactor.error.wrongCode"] });
  }
  return outcome;
}
