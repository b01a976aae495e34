import "server-only";
import { db } from "@/lib/platform/db";
import { ANONYMOUS, type Actor } from "./actor";

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string | undefined };

/**
 * The actor a session stands for, read fresh from the database in one lookup
 * by the session row's primary key (lib/identity/user-sessions.ts): a session
 * that was ended (sign-out, recovery) or has outlived its maximum lifetime, a
 * deactivated or erased account, or a session older than the account's session
 * version (password change, deactivation), is anonymous.
 */
export async function actorForSession(session: SessionClaims, now = new Date()): Promise<Actor> {
  if (!session.sessionId) return ANONYMOUS;
  const row = await db.userSession.findUnique({
    where: { id: session.sessionId },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          roles: true,
          active: true,
          erasedAt: true,
          sessionVersion: true,
          memberships: { select: { agencyId: true, role: true } },
        },
      },
    },
  });
  const user = row?.user;
  if (!row || row.expiresAt <= now || !user || user.id !== session.userId) return ANONYMOUS;
  if (!user.active || user.erasedAt || user.sessionVersion !== session.sessionVersion) return ANONYMOUS;
  return { kind: "user", id: user.id, name: user.name, email: user.email, roles: user.roles, memberships: user.memberships };
}
