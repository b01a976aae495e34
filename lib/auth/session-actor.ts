import "server-only";
import { db } from "@/lib/platform/db";
import { ANONYMOUS, type Actor } from "./actor";

/**
 * The actor a session stands for, read fresh from the database: a deactivated
 * or erased account, or a session older than the account's session version
 * (password change, deactivation, "sign out everywhere"), is anonymous.
 */
export async function actorForSession(session: { userId: string; sessionVersion: number }): Promise<Actor> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
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
  });
  if (!user || !user.active || user.erasedAt || user.sessionVersion !== session.sessionVersion) return ANONYMOUS;
  return { kind: "user", id: user.id, name: user.name, email: user.email, roles: user.roles, memberships: user.memberships };
}
