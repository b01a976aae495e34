import "server-only";
import * as oidc from "openid-client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { linkCitizen, resolveAccount } from "../oidc/accounts";
import { classifyOidcError, providerConfiguration, sealOidcSecret } from "../oidc/client";
import { randomKey, sha256 } from "../oidc/flow-store";
import { oidcRefusal, type OidcRefusal } from "../oidc/refusals";
import { providerMfaQualifies, providerSessionId, type Claims } from "../oidc/rules";

export type OidcCompletion =
  /** Open a session with the one-time ticket (lib/auth/next-auth.ts, provider "oidc"). */
  | { kind: "signIn"; ticket: string; returnTo: string; secondFactorProven: boolean }
  /** A signed-in citizen linked the account; the session stays as it is. */
  | { kind: "linked"; returnTo: string };

/**
 * The provider's redirect back (the callback): the flow is found by its state and must have been started by
 * this browser (the httpOnly cookie's key), within OIDC_FLOW_MINUTES, and not used before. openid-client then
 * redeems the code with the PKCE verifier and validates the ID token (issuer, audience, signature, nonce).
 * The account is resolved (lib/identity/oidc/accounts.ts) and the flow holds a one-time ticket for the session.
 * Each failure is refused with its translated message and an `account.oidcSignInRefused` audit entry.
 */
export async function completeOidcSignIn(
  actor: Actor,
  input: { slug: unknown; callbackUrl: URL; browserKey: string | undefined },
  context: { ip: string | null; now?: Date },
): Promise<OidcCompletion> {
  const now = context.now ?? new Date();
  const slug = typeof input.slug === "string" && input.slug.length <= 40 ? input.slug : "";
  const provider = slug ? await db.oidcProvider.findUnique({ where: { slug } }) : null;
  if (!provider || !provider.enabled) throw await oidcRefusal("unknownProvider", { ip: context.ip });
  const refuse = async (reason: OidcRefusal, userId?: string) => oidcRefusal(reason, { ip: context.ip, provider, userId });

  const state = input.callbackUrl.searchParams.get("state") ?? "";
  const flow = state ? await db.oidcSignIn.findUnique({ where: { stateHash: sha256(state) } }) : null;
  const fromThisBrowser = flow && input.browserKey && flow.browserHash === sha256(input.browserKey);
  if (!flow || flow.providerId !== provider.id || !fromThisBrowser || flow.expiresAt <= now) throw await refuse("stateMismatch");
  // One callback per flow: a replayed redirect finds it used.
  const { count } = await db.oidcSignIn.updateMany({ where: { id: flow.id, consumedAt: null }, data: { consumedAt: now } });
  if (count !== 1) throw await refuse("stateMismatch");

  let claims: Claims;
  let idClaims: Claims;
  let refreshToken: string | undefined;
  try {
    const config = await providerConfiguration(provider);
    const tokens = await oidc.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    idClaims = tokens.claims() as Claims;
    // Profile claims may come only from userinfo (an ID token conforming to the scopes carries few); the ID token's
    // own claims (sub, acr, amr) win.
    const userinfo = config.serverMetadata().userinfo_endpoint ? ((await oidc.fetchUserInfo(config, tokens.access_token, String(idClaims.sub))) as Claims) : {};
    claims = { ...userinfo, ...idClaims, email_verified: idClaims.email_verified ?? userinfo.email_verified };
    refreshToken = tokens.refresh_token;
  } catch (error) {
    const failure = classifyOidcError(error);
    throw await refuse(failure === "issuerMismatch" || failure === "invalidGrant" ? "invalidResponse" : failure);
  }

  if (flow.linkUserId) {
    // Linking needs the same signed-in citizen who started it: both sides proven in one browser.
    if (actor.kind !== "user" || actor.id !== flow.linkUserId) throw await refuse("stateMismatch");
    const linked = await linkCitizen(provider, actor.id, claims, context);
    if ("refused" in linked) throw await refuse(linked.refused, actor.id);
    return { kind: "linked", returnTo: flow.returnTo };
  }

  const resolved = await resolveAccount(provider, claims, context);
  if ("refused" in resolved) throw await refuse(resolved.refused);
  const ticket = randomKey();
  const secondFactorProven = providerMfaQualifies(idClaims, provider);
  await db.oidcSignIn.update({
    where: { id: flow.id },
    data: {
      ticketHash: sha256(ticket),
      userId: resolved.userId,
      secondFactorProven,
      refreshCiphertext: refreshToken ? sealOidcSecret(refreshToken) : null,
      providerSid: providerSessionId(idClaims),
    },
  });
  return { kind: "signIn", ticket, returnTo: flow.returnTo, secondFactorProven };
}
