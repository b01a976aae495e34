import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { Db, Tx } from "./db";
import { env } from "./env";
import { keyFromConfig } from "./secrets";

/**
 * Rate-limit keys that must not name whom they count: an anonymous or
 * whistleblowing filer's account and address, and whoever follows a complaint
 * up by code. A plain key (`…:user:<id>`, `…:ip:<address>`) would let anyone
 * reading the counters, a backup or a log mark the filing as theirs.
 *
 * The key is an HMAC of the identifier under a server key (never in the
 * database) and the day's random salt (in the database, deleted once the day is
 * over by the hourly sweep). So the database alone cannot test an id or an
 * address (IPv4 is small enough to try them all), and after the day nobody can,
 * not even with the server key. The price: these counters start afresh at
 * midnight UTC, and within a day two hits by the same person share a key.
 */
export async function unlinkableRateLimitKey(client: Db | Tx, scope: string, identifier: string, now = new Date()): Promise<string> {
  const salt = await saltOf(client, utcDay(now));
  const digest = createHmac("sha256", serverKey()).update(`${salt}\u0000${scope}\u0000${identifier}`).digest("base64url");
  // Its own key space, with no identifier in clear, under the caller's scope.
  return `unlinkable:${scope}:${digest}`;
}

/** Deletes the salts of days that are over; called by the rate-limit sweep. */
export async function sweepPastRateLimitSalts(client: Db | Tx, now = new Date()): Promise<number> {
  const today = utcDay(now);
  for (const day of salts.keys()) if (day < today) salts.delete(day);
  const { count } = await client.rateLimitSalt.deleteMany({ where: { day: { lt: today } } });
  return count;
}

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/** Per process: a day's salt never changes once written. */
const salts = new Map<string, string>();

async function saltOf(client: Db | Tx, day: string): Promise<string> {
  const known = salts.get(day);
  if (known) return known;
  // Every instance proposes one; the first written wins and all read that one back.
  await client.rateLimitSalt.createMany({ data: [{ day, salt: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  const { salt } = await client.rateLimitSalt.findUniqueOrThrow({ where: { day }, select: { salt: true } });
  for (const other of salts.keys()) if (other !== day) salts.delete(other);
  salts.set(day, salt);
  return salt;
}

function serverKey(): Buffer {
  const base = keyFromConfig(env().TRACKING_SECRET_KEY, "rate-limit-unlinkable");
  return createHmac("sha256", base).update("satupintu unlinkable rate-limit keys").digest();
}
