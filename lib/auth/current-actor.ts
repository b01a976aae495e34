import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/next-auth";
import { ANONYMOUS, type Actor } from "./actor";
import { actorForSession, pendingSecondFactorOf, type PendingSecondFactor, type SessionClaims } from "./session-actor";

const currentClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  return { userId: session.userId, sessionVersion: session.sessionVersion ?? 0, sessionId: session.sessionId };
});

/** The actor of the current request, read once per request (see actorForSession). */
export const currentActor = cache(async (): Promise<Actor> => {
  const claims = await currentClaims();
  return claims ? actorForSession(claims) : ANONYMOUS;
});

/** The current session when it waits for its second factor (the sign-in's second step). */
export const currentPendingSecondFactor = cache(async (): Promise<PendingSecondFactor | null> => {
  const claims = await currentClaims();
  return claims ? pendingSecondFactorOf(claims) : null;
});

/** The id of the current request's server-side session, if any (its own row among "where am I signed in"). */
export const currentSessionId = cache(async (): Promise<string | undefined> => (await currentClaims())?.sessionId);
