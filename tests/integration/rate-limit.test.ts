import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { clearRateLimitWithinLimit, hitRateLimit, isRateLimited, sweepExpiredRateLimits } from "@/lib/platform/rate-limit";

const rule = { limit: 5, windowMs: 15 * 60_000 };
const at = (iso: string) => new Date(iso);

describe("rate limits slide with the clock", () => {
  it("attempts on both sides of a quarter hour count together: five failures from 10:14 to 10:16 reach the limit", async () => {
    const key = `test:${randomUUID()}`;
    for (const time of ["10:14:10", "10:14:40", "10:14:59"]) await hitRateLimit(db, key, rule, at(`2026-11-24T${time}Z`));
    expect(await hitRateLimit(db, key, rule, at("2026-11-24T10:15:01Z"))).toBe(4);
    expect(await isRateLimited(db, key, rule, at("2026-11-24T10:15:30Z"))).toBe(false);
    expect(await hitRateLimit(db, key, rule, at("2026-11-24T10:16:00Z"))).toBe(5);
    expect(await isRateLimited(db, key, rule, at("2026-11-24T10:16:30Z"))).toBe(true);
  });

  it("an attempt older than the window no longer counts", async () => {
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < 5; i++) await hitRateLimit(db, key, rule, at("2026-11-24T08:00:00Z"));
    expect(await isRateLimited(db, key, rule, at("2026-11-24T08:14:00Z"))).toBe(true);
    expect(await isRateLimited(db, key, rule, at("2026-11-24T08:17:00Z"))).toBe(false);
    expect(await hitRateLimit(db, key, rule, at("2026-11-24T08:17:00Z"))).toBe(1);
  });

  it("the sweep removes only counters no window reaches any more", async () => {
    const key = `test:${randomUUID()}`;
    await hitRateLimit(db, key, rule, at("2026-11-24T06:00:00Z"));
    await hitRateLimit(db, key, rule, at("2026-11-24T06:20:00Z"));
    await sweepExpiredRateLimits(db, at("2026-11-24T06:25:00Z"));
    expect(await hitRateLimit(db, key, rule, at("2026-11-24T06:25:00Z"))).toBe(2);
    expect(await db.rateLimitCounter.count({ where: { key } })).toBe(2);
  });

  it("a success forgets the attempts within the limit, never those past it (refused while it ran)", async () => {
    const [within, past] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    const now = at("2026-11-24T09:00:00Z");
    for (let i = 0; i < 5; i++) await hitRateLimit(db, within, rule, now);
    for (let i = 0; i < 6; i++) await hitRateLimit(db, past, rule, now);
    expect(await clearRateLimitWithinLimit(db, within, rule, now)).toBe(true);
    expect(await clearRateLimitWithinLimit(db, past, rule, now)).toBe(false);
    expect(await isRateLimited(db, within, rule, now)).toBe(false);
    expect(await isRateLimited(db, past, rule, now)).toBe(true);
  });
});
