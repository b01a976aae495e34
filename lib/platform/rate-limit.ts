import "server-only";
import type { Db, Tx } from "./db";
import { AppError } from "./errors";
import { sweepPastRateLimitSalts } from "./rate-limit-unlinkable";

export type RateLimitRule = { limit: number; windowMs: number };

/**
 * A window is counted in this many buckets. One fixed window per rule would
 * forget every attempt at its boundary: five wrong passwords around 10:15
 * would split 3 + 2 and never lock the account. Summing the buckets of the
 * last window (plus the current one) slides with the clock instead.
 */
const BUCKETS_PER_WINDOW = 15;

function bucketOf(now: Date, windowMs: number) {
  const bucketMs = Math.max(1, Math.floor(windowMs / BUCKETS_PER_WINDOW));
  const start = Math.floor(now.getTime() / bucketMs) * bucketMs;
  return {
    start: new Date(start),
    // Every bucket whose start lies within one window before the current bucket's start.
    countedFrom: new Date(start - windowMs),
    expiresAt: new Date(start + windowMs + bucketMs),
  };
}

/**
 * Counters in PostgreSQL, so a limit holds across every web instance. `hit`
 * records one attempt and returns the number of attempts in the last window.
 */
export async function hitRateLimit(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  const bucket = bucketOf(now, rule.windowMs);
  // The earlier buckets are summed beside the upsert (one statement cannot read its own insert).
  const rows = await client.$queryRaw<{ count: number }[]>`
    WITH hit AS (
      INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
      VALUES (${key}, ${bucket.start}, 1, ${bucket.expiresAt})
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
      RETURNING "count"
    )
    SELECT ((SELECT "count" FROM hit) + COALESCE((
      SELECT SUM("count") FROM "RateLimitCounter"
      WHERE "key" = ${key} AND "windowStart" >= ${bucket.countedFrom} AND "windowStart" < ${bucket.start}
    ), 0))::int AS "count"`;
  return rows[0]?.count ?? 1;
}

/** True while the key has reached its limit in the last window. */
export async function isRateLimited(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  const bucket = bucketOf(now, rule.windowMs);
  const counted = await client.rateLimitCounter.aggregate({
    where: { key, windowStart: { gte: bucket.countedFrom, lte: bucket.start } },
    _sum: { count: true },
  });
  return (counted._sum.count ?? 0) >= rule.limit;
}

export async function clearRateLimit(client: Db | Tx, key: string) {
  await client.rateLimitCounter.deleteMany({ where: { key } });
}

/**
 * Forgets the key's attempts unless the window has gone past its limit
 * meanwhile: a success that was let through must not wipe the attempts that
 * were refused while it ran. True when the attempts were forgotten.
 */
export async function clearRateLimitWithinLimit(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()): Promise<boolean> {
  const bucket = bucketOf(now, rule.windowMs);
  const deleted = await client.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE "key" = ${key} AND (
      SELECT COALESCE(SUM("count"), 0) FROM "RateLimitCounter"
      WHERE "key" = ${key} AND "windowStart" >= ${bucket.countedFrom} AND "windowStart" <= ${bucket.start}
    ) <= ${rule.limit}`;
  return deleted > 0;
}

/** Takes back one hit in the current bucket: for limits that count only failures, recorded before the outcome is known. */
export async function releaseRateLimit(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  await client.rateLimitCounter.updateMany({
    where: { key, windowStart: bucketOf(now, rule.windowMs).start, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/**
 * Removes counters no window reaches any more, and the salts of unlinkable keys
 * whose day is over; a recurring job calls it (lib/platform/rate-limit-jobs.ts).
 * Returns the number of counters removed.
 */
export async function sweepExpiredRateLimits(client: Db | Tx, now = new Date()) {
  const { count } = await client.rateLimitCounter.deleteMany({ where: { expiresAt: { lte: now } } });
  await sweepPastRateLimitSalts(client, now);
  return count;
}

/**
 * Counts one attempt against each limit and refuses with "too many attempts,
 * try again later" (`error.rateLimited`, HTTP 429) once any is exceeded.
 * Call it after authorization, so a stranger cannot use up someone else's allowance.
 */
export async function enforceRateLimits(client: Db | Tx, limits: readonly { key: string; rule: RateLimitRule }[], now = new Date()) {
  for (const { key, rule } of limits) {
    if ((await hitRateLimit(client, key, rule, now)) > rule.limit) throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
}
