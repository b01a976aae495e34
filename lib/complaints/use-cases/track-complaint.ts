import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { normalizeTrackingSecret } from "@/lib/applications/tracking";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { guesserAndNumber } from "@/lib/applications/tracking-limits";
import { hitRateLimit, releaseRateLimit } from "@/lib/platform/rate-limit";
import { unlinkableRateLimitKey } from "@/lib/platform/rate-limit-unlinkable";
import { signAccessToken } from "../access-token";
import { trackComplaintSchema } from "../schemas";
import { normalizeComplaintCode } from "../tracking";
import { accessTokenKey, complaintSecretMatches } from "../tracking-secret";

// A secret has 40 bits; ten wrong guesses an hour per code and guesser makes guessing hopeless.
const FAILURES_PER_CODE_AND_GUESSER = { limit: 10, windowMs: 3_600_000 };
const LOOKUPS_PER_IP = { limit: 30, windowMs: 600_000 };

/**
 * Opens a complaint for whoever holds its code and secret, with or without
 * an account: the answer is a short-lived access token for that complaint.
 * Every wrong combination gets the same answer, whether the code exists or
 * not; failures are counted before the secret is compared, so guesses sent
 * all at once are limited too.
 *
 * Failures count per guesser and code, not per code alone: a per-code lock
 * would let eleven wrong guesses cut the real holder off (see
 * lib/applications/tracking-limits.ts for why there is no global per-code
 * ceiling). The counters' keys are unlinkable (lib/platform/rate-limit-unlinkable.ts):
 * an address next to a code would name an anonymous filer.
 */
export async function trackComplaint(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }) {
  authorize(actor, "complaint.track");
  const notFound = new AppError("NOT_FOUND", "complaint.trackNotFound");
  const parsed = trackComplaintSchema.safeParse(input);
  if (!parsed.success) throw notFound;
  if (context.ip && (await hitRateLimit(db, await unlinkableRateLimitKey(db, "complaint:track:ip", context.ip), LOOKUPS_PER_IP)) > LOOKUPS_PER_IP.limit) {
    throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  const code = normalizeComplaintCode(parsed.data.code);
  const secret = normalizeTrackingSecret(parsed.data.secret);
  if (!code || !secret) throw notFound;
  const failureKey = await unlinkableRateLimitKey(db, "complaint:track:fail", guesserAndNumber(context.ip, code));
  if ((await hitRateLimit(db, failureKey, FAILURES_PER_CODE_AND_GUESSER)) > FAILURES_PER_CODE_AND_GUESSER.limit) {
    throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  const complaint = await db.complaint.findUnique({ where: { trackingCode: code }, select: { id: true, trackingCode: true, trackingSecretHash: true } });
  if (!complaint || !complaintSecretMatches(code, secret, complaint.trackingSecretHash)) throw notFound;
  await releaseRateLimit(db, failureKey, FAILURES_PER_CODE_AND_GUESSER);
  return { id: complaint.id, trackingCode: complaint.trackingCode, accessToken: signAccessToken(accessTokenKey(), complaint.id, context.now ?? new Date()) };
}
