import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db, type Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";

/**
 * Server-side sessions. The session cookie (an Auth.js JWT, lib/auth/next-auth.ts)
 * carries the id of a UserSession row, and every request reads the user through
 * that row (lib/identity/session-actor.ts), so deleting it ends the session at once:
 * at sign-out, and for all of an account's sessions on a password recovery.
 * Sessions older than SESSION_MAX_LIFETIME_MS end however active they are.
 */
export const SESSION_MAX_LIFETIME_MS = 7 * 24 * 60 * 60_000;

/** Where a session was opened from, for "where am I signed in". */
export type SessionDevice = { userAgent?: string | null; ipPrefix?: string | null };

/**
 * Records a new session for a user who just signed in; returns its id for the
 * cookie. It starts without a second factor: the sign-in's second step proves
 * it (`secondFactorProven` is for sessions opened by other means, e.g. tests).
 */
export async function startUserSession(
  userId: string,
  now = new Date(),
  device: SessionDevice & { secondFactorProven?: boolean; oidc?: { providerId: string; refreshCiphertext: string | null; sid?: string | null } } = {},
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const { roles } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
  // Staff sessions are shorter (issue 25); they also end when idle (lib/identity/session-actor.ts).
  const lifetimeMs = roles.some((role) => role !== "CITIZEN")
    ? Math.min(SESSION_MAX_LIFETIME_MS, env().STAFF_SESSION_HOURS * 60 * 60_000)
    : SESSION_MAX_LIFETIME_MS;
  await db.$transaction([
    // The user's ended sessions go as a new one starts; sweepExpiredSessions catches the rest.
    db.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.userSession.create({
      data: {
        id,
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + lifetimeMs),
        lastSeenAt: now,
        userAgent: device.userAgent?.slice(0, 300) || null,
        ipPrefix: device.ipPrefix ?? null,
        secondFactorAt: device.secondFactorProven ? now : null,
        // Opened through an OpenID Connect provider: checked there every OIDC_RECHECK_MINUTES (lib/identity/oidc/session.ts).
        ...(device.oidc
          ? {
              oidcProviderId: device.oidc.providerId,
              oidcRefreshCiphertext: device.oidc.refreshCiphertext,
              oidcCheckedAt: now,
              oidcSid: device.oidc.sid ?? null,
            }
          : {}),
      },
    }),
  ]);
  return id;
}

/** Sign-out: the cookie, should it be kept or copied, no longer opens anything. */
export async function endUserSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/**
 * The sessions an identity provider opened for the account end (the link ended at either side, or the
 * provider signed the person out); others, opened with the portal password, go on. With `onlySid`, the
 * provider named one of its sessions: a session opened under another provider session goes on, one whose
 * provider session the portal never learnt ends (better ended than left open). Returns their ids.
 */
export async function endProviderSessionsOf(client: Db | Tx, userId: string, providerIds: readonly string[], onlySid: string | null = null): Promise<string[]> {
  if (providerIds.length === 0) return [];
  const ended = await client.$queryRaw<{ id: string }[]>`
    DELETE FROM "UserSession" WHERE "userId" = ${userId} AND "oidcProviderId" IN (${Prisma.join(providerIds)})
       AND (${onlySid}::text IS NULL OR "oidcSid" IS NULL OR "oidcSid" = ${onlySid}) RETURNING "id"`;
  return ended.map((session) => session.id);
}

/** A logout token naming only the provider's session (no subject): the sessions opened under it end, whoever's they are. */
export async function endProviderSessionsBySid(client: Db | Tx, providerId: string, sid: string): Promise<{ id: string; userId: string }[]> {
  return client.$queryRaw<{ id: string; userId: string }[]>`
    DELETE FROM "UserSession" WHERE "oidcProviderId" = ${providerId} AND "oidcSid" = ${sid} RETURNING "id", "userId"`;
}

/** Every session of the account ends (password recovery, counter recovery). */
export async function endAllUserSessions(client: Db | Tx, userId: string): Promise<void> {
  await client.userSession.deleteMany({ where: { userId } });
}

export async function sweepExpiredSessions(client: Db | Tx, now = new Date()): Promise<number> {
  const { count } = await client.userSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

/** The session has proven its account's second factor (the sign-in's second step, or enrolling one). */
export async function markSecondFactorProven(client: Db | Tx, session: { sessionId: string; userId: string }, now = new Date()): Promise<void> {
  await client.userSession.updateMany({ where: { id: session.sessionId, userId: session.userId }, data: { secondFactorAt: now } });
}

/**
 * The network an address belongs to, never the address itself: the first
 * three parts of an IPv4 address, the first three groups of an IPv6 one.
 */
export function coarseIp(ip: string | null): string | null {
  if (!ip) return null;
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  const groups = ip.split(":").filter(Boolean);
  return groups.length >= 3 ? `${groups.slice(0, 3).join(":")}:…` : null;
}
