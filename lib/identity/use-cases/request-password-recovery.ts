import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enqueueJob } from "@/lib/platform/jobs";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { PASSWORD_RECOVERY_QUEUE, RECOVERY_PER_ACCOUNT, RECOVERY_PER_IP, recoveryAccountKey, recoveryIpKey, recoveryRequestSchema } from "../recovery-rules";

/**
 * "Lupa kata sandi?": answers "check your email" whether or not the address
 * has an account, and takes the same steps either way (count, enqueue), so
 * neither the answer nor its timing tells. The account is looked up after the
 * answer, by the job worker (sendPasswordRecovery), which emails a one-time
 * link only when there is an account to recover.
 *
 * Past the per-account limit the request is dropped silently (the owner is not
 * flooded with emails, and the answer still says nothing); past the per-address
 * limit the caller is told to wait, which is about them, not the account.
 */
export async function requestPasswordRecovery(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ outcome: "checkEmail" }> {
  authorize(actor, "account.recover");
  const { email } = parseOrThrow(recoveryRequestSchema, input);
  if (context.ip) {
    const fromAddress = await hitRateLimit(db, recoveryIpKey(context.ip), RECOVERY_PER_IP);
    if (fromAddress > RECOVERY_PER_IP.limit) throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  const forAccount = await hitRateLimit(db, recoveryAccountKey(email), RECOVERY_PER_ACCOUNT);
  if (forAccount <= RECOVERY_PER_ACCOUNT.limit) {
    await enqueueJob(db, PASSWORD_RECOVERY_QUEUE, { email, ip: context.ip });
  }
  return { outcome: "checkEmail" };
}
