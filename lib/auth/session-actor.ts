import "server-only";
import { db } from "@/lib/platform/db";
import type { Role } from "@/lib/generated/prisma/client";
import { ANONYMOUS, type Actor } from "./actor";

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string | undefined };

type SessionRow = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  erased: boolean;
  sessionVersion: number;
  memberships: { agencyId: string; role: Role }[];
};

/**
 * The actor a session stands for, read fresh from the database: a session
 * that was ended (sign-out, recovery) or has outlived its maximum lifetime
 * (lib/identity/user-sessions.ts), a deactivated or erased account, or a
 * session older than the account's session version (password change,
 * deactivation), is anonymous.
 *
 * Every signed-in request runs this, so it is one statement: the session row
 * by primary key, its user, and the user's memberships (Prisma's nested select
 * would take three round trips).
 */
export async function actorForSession(session: SessionClaims, now = new Date()): Promise<Actor> {
  if (!session.sessionId) return ANONYMOUS;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id", u."name", u."email", u."roles"::text[] AS "roles", u."active",
           u."erasedAt" IS NOT NULL AS "erased", u."sessionVersion",
           COALESCE((SELECT json_agg(json_build_object('agencyId', m."agencyId", 'role', m."role"::text))
                     FROM "AgencyMembership" m WHERE m."userId" = u."id"), '[]'::json) AS "memberships"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${session.sessionId} AND s."expiresAt" > ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'`;
  if (!row || row.id !== session.userId) return ANONYMOUS;
  if (!row.active || row.erased || row.sessionVersion !== session.sessionVersion) return ANONYMOUS;
  return { kind: "user", id: row.id, name: row.name, email: row.email, roles: row.roles, memberships: row.memberships };
}
