import "server-only";
import * as oidc from "openid-client";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { classifyOidcError, openOidcSecret, providerConfiguration, sealOidcSecret } from "./client";
import { sha256 } from "./flow-store";

/** What a redeemed ticket opens a session with (lib/auth/next-auth.ts). */
export type OidcSessionStart = { providerId: string; refreshCiphertext: string | null; secondFactorProven: boolean; sid: string | null };

/**
 * The one-time ticket of a completed callback: the account, and what the session starts with. A ticket works
 * once, within the flow's lifetime; it never leaves the server except inside the sign-in's own request.
 */
export async function redeemOidcTicket(ticket: unknown, now = new Date()) {
  if (typeof ticket !== "string" || ticket.length < 20 || ticket.length > 100) return null;
  const ticketHash = sha256(ticket);
  const flow = await db.oidcSignIn.findUnique({ where: { ticketHash } });
  if (!flow || !flow.userId || flow.expiresAt <= now) return null;
  const { count } = await db.oidcSignIn.updateMany({ where: { id: flow.id, ticketHash }, data: { ticketHash: null } });
  if (count !== 1) return null;
  const user = await db.user.findFirst({
    where: { id: flow.userId, active: true, erasedAt: null },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  if (!user) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  const start: OidcSessionStart = {
    providerId: flow.providerId,
    refreshCiphertext: flow.refreshCiphertext,
    secondFactorProven: flow.secondFactorProven,
    sid: flow.providerSid,
  };
  return { user, start };
}

/** Whether a session opened through a provider is due its check at the provider. */
export const oidcCheckDue = (checkedAt: Date | null, now: Date) =>
  !checkedAt || now.getTime() - new Date(checkedAt).getTime() >= env().OIDC_RECHECK_MINUTES * 60_000;

/**
 * Provider-side deactivation ends the portal session: at the first request OIDC_RECHECK_MINUTES after the last
 * check, the session's refresh token is redeemed at the provider (one request wins the check; the others go on).
 * `invalid_grant` (the account or its grant is gone there) ends the session; a provider that cannot be reached
 * leaves it for the next check. A rotated refresh token is kept, encrypted. Returns false when the session ended.
 */
export async function recheckOidcSession(session: { sessionId: string; checkedAt: Date | null }, now = new Date()): Promise<boolean> {
  const claimed = await db.userSession.updateMany({
    where: { id: session.sessionId, oidcCheckedAt: session.checkedAt ? new Date(session.checkedAt) : null },
    data: { oidcCheckedAt: now },
  });
  if (claimed.count !== 1) return true;
  const row = await db.userSession.findUnique({ where: { id: session.sessionId }, select: { oidcProviderId: true, oidcRefreshCiphertext: true } });
  if (!row?.oidcProviderId) return true;
  const provider = await db.oidcProvider.findUnique({ where: { id: row.oidcProviderId } });
  // A provider removed or switched off, or a session without a refresh token to prove it is still wanted: ended.
  if (!provider || !provider.enabled || !row.oidcRefreshCiphertext) return endSession(session.sessionId);
  try {
    const tokens = await oidc.refreshTokenGrant(await providerConfiguration(provider), openOidcSecret(row.oidcRefreshCiphertext));
    if (tokens.refresh_token) {
      await db.userSession.updateMany({ where: { id: session.sessionId }, data: { oidcRefreshCiphertext: sealOidcSecret(tokens.refresh_token) } });
    }
    return true;
  } catch (error) {
    const failure = classifyOidcError(error);
    if (failure === "invalidGrant") return endSession(session.sessionId);
    log.warn({ providerId: provider.id, failure }, "oidc session check: provider not reachable, checked again later");
    return true;
  }
}

async function endSession(sessionId: string): Promise<false> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
  return false;
}
