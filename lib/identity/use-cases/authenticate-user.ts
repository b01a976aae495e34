import "server-only";
import { ownAccountRole } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { signInFailures } from "@/lib/platform/metrics";
import { clearRateLimitWithinLimit, hitRateLimit, releaseRateLimit } from "@/lib/platform/rate-limit";
import { lockAccount } from "../lockout";
import { dummyPasswordHash, verifyPassword } from "../password-hash";
import { signInSchema } from "../schemas";

export type AuthenticationResult =
  { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } } | { ok: false; reason: "invalid" | "rateLimited" };

/**
 * Checks credentials. Every attempt counts per account and per IP before the
 * password is looked at, in one atomic step each, so a burst sent all at once
 * gets no more passwords checked than the limit; the attempt past either limit
 * is refused for the window, registered email or not, so the answer never
 * tells which emails have accounts. A success takes its own count back: the
 * address's hit, and the account's failures unless attempts were refused while
 * it ran (lib/platform/rate-limit.ts, clearRateLimitWithinLimit).
 * The failure that reaches the account limit also locks a real account and
 * emails its owner an unlock link (lib/identity/lockout.ts), which lifts the lock before the window ends.
 * An account whose email is not confirmed yet answers like a wrong password.
 */
export async function authenticateUser(input: unknown, context: { ip: string | null }): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return refused("invalid");
  const { email, password } = parsed.data;
  const { SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_MAX_ATTEMPTS_PER_IP, SIGN_IN_WINDOW_MINUTES } = env();
  const windowMs = SIGN_IN_WINDOW_MINUTES * 60 * 1000;
  const accountRule = { limit: SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs };
  const ipRule = { limit: SIGN_IN_MAX_ATTEMPTS_PER_IP, windowMs };
  const accountKey = signInAccountKey(email);
  // Without a trustworthy client address the per-IP limit is skipped rather
  // than applied to everyone at once (see lib/platform/request-context.ts).
  const ipKey = context.ip ? `signin:ip:${context.ip}` : null;

  const attempts = await hitRateLimit(db, accountKey, accountRule);
  const ipAttempts = ipKey ? await hitRateLimit(db, ipKey, ipRule) : 0;
  if (attempts > accountRule.limit || ipAttempts > ipRule.limit) return refused("rateLimited");

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      active: true,
      erasedAt: true,
      emailConfirmedAt: true,
      sessionVersion: true,
      roles: true,
    },
  });
  // An invited account has no password yet (empty hash): it is checked against
  // the dummy like a missing account, and never matches.
  const passwordMatches = (await verifyPassword(user?.passwordHash || (await dummyPasswordHash()), password)) && !!user?.passwordHash;

  if (!user || !user.active || user.erasedAt || !user.emailConfirmedAt || !passwordMatches) {
    if (attempts >= accountRule.limit && user?.active && !user.erasedAt) {
      await lockAccount(user.id, { ...context, windowMs });
    }
    return refused("invalid");
  }

  if (ipKey) await releaseRateLimit(db, ipKey, ipRule);
  const cleared = await clearRateLimitWithinLimit(db, accountKey, accountRule);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date(), ...(cleared ? { lockedAt: null } : {}) } });
    await recordAudit(tx, {
      actorId: user.id,
      actorRole: ownAccountRole(user.roles),
      action: "account.signedIn",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
    });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/** A refused sign-in, counted for the operators' metrics (docs/operations.md). */
function refused(reason: "invalid" | "rateLimited"): AuthenticationResult {
  signInFailures().inc({ reason });
  return { ok: false, reason };
}

export const signInAccountKey = (email: string) => `signin:account:${email}`;
