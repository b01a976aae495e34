import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { acceptedTotpStep } from "../second-factor/rules";
import { openTotpSecret, replaceRecoveryCodes } from "../second-factor/store";
import { markSecondFactorProven } from "../user-sessions";

const confirmSchema = z.object({ code: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(20, "validation.tooLong") });

/**
 * Confirms a pending authenticator app with its first code: the factor is
 * active from then on, the current session counts as having proven it, and
 * ten recovery codes are made, returned once in plain text and kept only as
 * hashes. Attempts are rate limited like sign-in.
 */
export async function confirmTotpEnrolment(
  actor: Actor,
  input: unknown,
  context: { ip: string | null; sessionId: string | undefined; now?: Date },
): Promise<{ recoveryCodes: string[] }> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  const { code } = parseOrThrow(confirmSchema, input);
  const now = context.now ?? new Date();
  const { SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_WINDOW_MINUTES } = env();
  await enforceRateLimits(
    db,
    [{ key: `second-factor:enrol:${who.actorId}`, rule: { limit: SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs: SIGN_IN_WINDOW_MINUTES * 60_000 } }],
    now,
  );
  const pending = await db.totpFactor.findUnique({ where: { userId: who.actorId }, select: { secretCiphertext: true, confirmedAt: true } });
  if (!pending || pending.confirmedAt) throw new AppError("CONFLICT", "secondFactor.error.noPendingEnrolment");
  const step = acceptedTotpStep(openTotpSecret(pending.secretCiphertext), code, now, null);
  if (step === null) throw new AppError("INVALID", "error.invalidInput", { code: ["secondFactor.error.wrongCode"] });
  return db.$transaction(async (tx) => {
    const confirmed = await tx.totpFactor.updateMany({
      where: { userId: who.actorId, confirmedAt: null, secretCiphertext: pending.secretCiphertext },
      data: { confirmedAt: now, lastUsedStep: step },
    });
    if (confirmed.count !== 1) throw new AppError("CONFLICT", "secondFactor.error.noPendingEnrolment");
    const recoveryCodes = await replaceRecoveryCodes(tx, who.actorId, now);
    if (context.sessionId) await markSecondFactorProven(tx, { sessionId: context.sessionId, userId: who.actorId }, now);
    await recordAudit(tx, {
      ...who,
      action: "account.secondFactorEnrolled",
      entityType: "User",
      entityId: who.actorId,
      ip: context.ip,
      data: { kind: "totp" },
    });
    return { recoveryCodes };
  });
}
