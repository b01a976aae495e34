import "server-only";
import { cache } from "react";
import { auth } from "@/lib/platform/auth";
import { db } from "@/lib/platform/db";
import { ANONYMOUS, type Actor } from "./actor";

/**
 * The actor of the current request, read fresh from the database once per
 * request: a deactivated account or an older session version is anonymous.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  if (!session?.userId) return ANONYMOUS;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      active: true,
      sessionVersion: true,
      memberships: { select: { agencyId: true, role: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sessionVersion ?? 0)) return ANONYMOUS;
  return {
    kind: "user",
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    memberships: user.memberships,
  };
});
