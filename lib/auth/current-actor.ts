import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/next-auth";
import { ANONYMOUS, type Actor } from "./actor";
import { actorForSession } from "./session-actor";

/** The actor of the current request, read once per request (see actorForSession). */
export const currentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  if (!session?.userId) return ANONYMOUS;
  return actorForSession({ userId: session.userId, sessionVersion: session.sessionVersion ?? 0, sessionId: session.sessionId });
});
