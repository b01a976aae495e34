import "server-only";
import type { Db, Tx } from "./db";
import { AppError } from "./errors";

export type RateLimitRule = { limit: number; windowMs: number };

function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every web
 * instance. `hit` records one attempt and returns the count in the window.
 */
export async function hitRateLimit(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  const windowStart = windowStartOf(now, rule.windowMs);
  const expiresAt = new Date(windowStart.getTime() + rule.windowMs);
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${windowStart}, 1, ${expiresAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  return rows[0]?.count ?? 1;
}

/** True while the key has reached its limit in the current window. */
export async function isRateLimited(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  const counter = await client.rateLimitCounter.findUnique({
    where: { key_windowStart: { key, windowStart: windowStartOf(now, rule.windowMs) } },
    select: { count: true },
  });
  return (counter?.count ?? 0) >= rule.limit;
}

export async function clearRateLimit(client: Db | Tx, key: string) {
  await client.rateLimitCounter.deleteMany({ where: { key } });
}

/** Takes back one hit in the current window: for limits that count only failures, recorded before the outcome is known. */
export async function releaseRateLimit(client: Db | Tx, key: string, rule: RateLimitRule, now = new Date()) {
  await client.rateLimitCounter.updateMany({
    where: { key, windowStart: windowStartOf(now, rule.windowMs), count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
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
