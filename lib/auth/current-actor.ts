import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { ANONYMOUS, type Actor } from "./actor";
import { actorForSession, pendingSecondFactorOf, type PendingSecondFactor, type SessionClaims } from "@/lib/identity/session-actor";
import { sessionClaimsFrom } from "./session-token";

/** The session cookie's claims (lib/auth/session-token.ts: what Auth.js's auth() returns, without re-encrypting a cookie nobody sets). */
const currentClaims = cache(async (): Promise<SessionClaims | null> => sessionClaimsFrom(await headers()));

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
