import "server-only";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import type * as oidc from "openid-client";
import { providerSessionId } from "./rules";

/** The event a logout token carries (OpenID Connect Back-Channel Logout 1.0, §2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** How old a logout token may be: a token replayed later cannot end a session opened since. */
export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 300;

/**
 * Whose portal sessions a logout token ends: the account linked to its subject, the sessions opened under its
 * provider session, or both. A token names at least one of the two (section 2.4), and the type says so.
 */
export type LogoutTarget = { subject: string; sid: string | null } | { subject: null; sid: string };

/**
 * What a logout token's claims must say beyond its signature, issuer and audience (section 2.6): the
 * back-channel event, an id, a subject or a provider session id or both, and no nonce (so an ID token cannot
 * be passed off as one). Returns whose sessions end, or null when the token is refused.
 */
export function logoutTarget(claims: JWTPayload): LogoutTarget | null {
  const events = claims.events as Record<string, unknown> | undefined;
  const event = events && typeof events === "object" ? events[BACKCHANNEL_LOGOUT_EVENT] : undefined;
  if (!event || typeof event !== "object" || Array.isArray(event)) return null;
  if ("nonce" in claims || typeof claims.jti !== "string" || claims.jti === "") return null;
  const subject = typeof claims.sub === "string" && claims.sub !== "" ? claims.sub : null;
  const sid = providerSessionId(claims);
  if (subject) return { subject, sid };
  return sid ? { subject: null, sid } : null;
}

/** The provider's signing keys, fetched from its jwks_uri and kept by jose (it fetches again for a key it does not know). */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** A logout token that passed every check: whose sessions end, and the token's own id (its jti), which is delivered once. */
export type VerifiedLogoutToken = LogoutTarget & { tokenId: string };

/**
 * Verifies a logout token against the provider's discovery document: signed by one of its keys (asymmetric
 * algorithms only), issued by it for this client, recent. Returns whose sessions end and its id, or null when it is refused.
 */
export async function verifyLogoutToken(config: oidc.Configuration, token: string, now = new Date()): Promise<VerifiedLogoutToken | null> {
  const metadata = config.serverMetadata();
  if (!metadata.jwks_uri) return null;
  let keys = keySets.get(metadata.jwks_uri);
  if (!keys) keySets.set(metadata.jwks_uri, (keys = createRemoteJWKSet(new URL(metadata.jwks_uri))));
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: metadata.issuer,
      audience: config.clientMetadata().client_id,
      algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
      maxTokenAge: LOGOUT_TOKEN_MAX_AGE_SECONDS,
      requiredClaims: ["iat", "jti"],
      currentDate: now,
    });
    const target = logoutTarget(payload);
    return target ? { ...target, tokenId: payload.jti as string } : null;
  } catch {
    return null;
  }
}
