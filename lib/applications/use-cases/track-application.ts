import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit, releaseRateLimit } from "@/lib/platform/rate-limit";
import { slaViewOf } from "../queries";
import { guesserAndNumber } from "../tracking-limits";
import { normalizeTrackingNumber, normalizeTrackingSecret } from "../tracking";
import { trackingSecretMatches } from "../tracking-secret";
import { TIMELINE_ORDER } from "@/lib/platform/guarded-transition";

const trackSchema = z.object({ trackingNumber: z.string().max(60), secret: z.string().max(40) });

// A secret has 40 bits; ten guesses an hour per number and guesser makes guessing hopeless.
const FAILURES_PER_NUMBER_PER_HOUR = 10;
const LOOKUPS_PER_IP_PER_10_MIN = 30;

/**
 * Public tracking by number + secret, without signing in. Every wrong
 * combination gets the same answer, whether the number exists or not; the
 * answer carries the status and timeline only, never personal data.
 */
export async function trackApplication(actor: Actor, input: unknown, context: { ip: string | null }) {
  authorize(actor, "application.track");
  const parsed = trackSchema.safeParse(input);
  const notFound = new AppError("NOT_FOUND", "tracking.notFound");
  if (!parsed.success) throw notFound;
  const number = normalizeTrackingNumber(parsed.data.trackingNumber);
  const secret = normalizeTrackingSecret(parsed.data.secret);

  if (context.ip) {
    const lookups = await hitRateLimit(db, `track:ip:${context.ip}`, { limit: LOOKUPS_PER_IP_PER_10_MIN, windowMs: 600_000 });
    if (lookups > LOOKUPS_PER_IP_PER_10_MIN) throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  if (!number || !secret) throw notFound;
  // Counted before the secret is compared, so guesses sent all at once are
  // limited too; a right answer takes its count back below. Per guesser and
  // number, so nobody else's wrong guesses lock the holder out (tracking-limits.ts).
  const failureKey = `track:fail:${guesserAndNumber(context.ip, number)}`;
  const rule = { limit: FAILURES_PER_NUMBER_PER_HOUR, windowMs: 3_600_000 };
  if ((await hitRateLimit(db, failureKey, rule)) > FAILURES_PER_NUMBER_PER_HOUR) {
    throw new AppError("RATE_LIMITED", "error.rateLimited");
  }

  const application = await db.application.findUnique({
    where: { trackingNumber: number },
    select: {
      id: true,
      trackingNumber: true,
      trackingSecretHash: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      pauseStartedAt: true,
      decidedAt: true,
      completedAt: true,
      service: { select: { nameId: true, nameEn: true, slug: true } },
      agency: { select: { nameId: true, nameEn: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true } },
      events: {
        where: { internal: false, toStatus: { not: null } },
        orderBy: [...TIMELINE_ORDER],
        select: { id: true, type: true, toStatus: true, createdAt: true },
      },
    },
  });
  if (!application?.trackingSecretHash || !trackingSecretMatches(number, secret, application.trackingSecretHash)) {
    throw notFound;
  }
  await releaseRateLimit(db, failureKey, rule);
  return {
    id: application.id,
    trackingNumber: application.trackingNumber,
    status: application.status,
    service: application.service,
    agency: application.agency,
    events: application.events,
    sla: await slaViewOf(application),
  };
}
