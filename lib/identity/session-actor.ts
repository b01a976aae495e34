import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import type { Role } from "@/lib/generated/prisma/client";
import { oidcCheckDue, recheckOidcSession } from "./oidc/session";
import { needsSecondFactor } from "@/lib/auth/second-factor-rule";
import { ANONYMOUS, type Actor, type SessionClaims } from "@/lib/auth/actor";
import { sqlUtc } from "@/lib/platform/sql-values";

export type { SessionClaims };

type SessionRow = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  erased: boolean;
  sessionVersion: number;
  memberships: { agencyId: string; role: Role }[];
  secondFactorProven: boolean;
  hasSecondFactor: boolean;
  officerOfStrictAgency: boolean;
  lastSeenAt: Date;
  oidcProviderId: string | null;
  oidcCheckedAt: Date | null;
};

/** lastSeenAt is written at most once a minute per session: enough for an idle timeout in minutes. */
const SEEN_RESOLUTION_MS = 60_000;

/** A session that has passed the password and waits for its second factor (lib/identity/second-factor). */
export type PendingSecondFactor = { userId: string; sessionId: string };

/** Staff sessions not seen since then have ended (STAFF_IDLE_MINUTES). */
const idleCutoff = (now: Date) => new Date(now.getTime() - env().STAFF_IDLE_MINUTES * 60_000);

/**
 * The session row, its user, memberships and second-factor state, in one
 * statement; a staff session idle past STAFF_IDLE_MINUTES is gone. A request
 * a minute or more after the last one seen records itself.
 */
async function sessionRow(session: SessionClaims, now: Date): Promise<SessionRow | undefined> {
  if (!session.sessionId) return undefined;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id", u."name", u."email", u."roles"::text[] AS "roles", u."active",
           u."erasedAt" IS NOT NULL AS "erased", u."sessionVersion",
           COALESCE((SELECT json_agg(json_build_object('agencyId', m."agencyId", 'role', m."role"::text))
                     FROM "AgencyMembership" m WHERE m."userId" = u."id"), '[]'::json) AS "memberships",
           s."secondFactorAt" IS NOT NULL AS "secondFactorProven", s."lastSeenAt", s."oidcProviderId", s."oidcCheckedAt",
           (EXISTS (SELECT 1 FROM "TotpFactor" f WHERE f."userId" = u."id" AND f."confirmedAt" IS NOT NULL)
            OR EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = u."id")) AS "hasSecondFactor",
           EXISTS (SELECT 1 FROM "AgencyMembership" m JOIN "Agency" a ON a."id" = m."agencyId"
                   WHERE m."userId" = u."id" AND m."role" = 'OFFICER' AND a."officersNeedSecondFactor") AS "officerOfStrictAgency"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${session.sessionId} AND s."expiresAt" > ${sqlUtc(now)}
      AND (u."roles" <@ ARRAY['CITIZEN']::"Role"[] OR s."lastSeenAt" > ${sqlUtc(idleCutoff(now))})`;
  if (!row || row.id !== session.userId) return undefined;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() >= SEEN_RESOLUTION_MS) {
    await db.userSession.updateMany({ where: { id: session.sessionId }, data: { lastSeenAt: now } });
  }
  if (!row.active || row.erased || row.sessionVersion !== session.sessionVersion) return undefined;
  // Opened through an OpenID Connect provider: deactivation there ends it at the next check (OIDC_RECHECK_MINUTES).
  if (
    row.oidcProviderId &&
    oidcCheckDue(row.oidcCheckedAt, now) &&
    !(await recheckOidcSession({ sessionId: session.sessionId, checkedAt: row.oidcCheckedAt }, now))
  ) {
    return undefined;
  }
  return row;
}

/**
 * The actor a session stands for, read fresh from the database: a session
 * that was ended (sign-out, recovery) or has outlived its maximum lifetime
 * (lib/identity/user-sessions.ts), a deactivated or erased account, or a
 * session older than the account's session version (password change,
 * deactivation), is anonymous. So is a session of an account with a second
 * factor that has not proven it yet: between the password and the code.
 *
 * Every signed-in request runs this, so it is one statement: the session row
 * by primary key, its user, and the user's memberships (Prisma's nested select
 * would take three round trips).
 */
export async function actorForSession(session: SessionClaims, now = new Date()): Promise<Actor> {
  const row = await sessionRow(session, now);
  if (!row || (row.hasSecondFactor && !row.secondFactorProven)) return ANONYMOUS;
  const secondFactorMissing = !row.secondFactorProven && needsSecondFactor(row.roles, row.officerOfStrictAgency, env().STAFF_SECOND_FACTOR);
  return {
    kind: "user",
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    memberships: row.memberships,
    ...(secondFactorMissing ? { secondFactorMissing } : {}),
  };
}

/** The session, when it has passed the password but still owes its second factor. */
export async function pendingSecondFactorOf(session: SessionClaims, now = new Date()): Promise<PendingSecondFactor | null> {
  const row = await sessionRow(session, now);
  return row && row.hasSecondFactor && !row.secondFactorProven ? { userId: row.id, sessionId: session.sessionId! } : null;
}
