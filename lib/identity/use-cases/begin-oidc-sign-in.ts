import "server-only";
import * as oidc from "openid-client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { safeRedirectPath } from "@/lib/platform/redirects";
import { classifyOidcError, providerConfiguration } from "../oidc/client";
import { callbackPath, randomKey, sha256 } from "../oidc/flow-store";
import { oidcRefusal } from "../oidc/refusals";
import { OIDC_FLOW_MINUTES } from "../oidc/rules";

const STARTS_PER_IP = { limit: 30, windowMs: 10 * 60_000 };

/**
 * Starts an authorization-code flow with PKCE at a registered provider: state,
 * nonce and the code verifier are kept server-side (OidcSignIn), bound to the
 * browser by a random key the caller puts in an httpOnly cookie (only its hash
 * is stored). `link`: a signed-in citizen links the account to a citizen
 * provider (the callback then proves the provider's side).
 * An unknown or disabled provider and a provider that cannot be reached are
 * refused with a translated message and an audit entry.
 */
export async function beginOidcSignIn(
  actor: Actor,
  input: { slug: unknown; link?: boolean; returnTo?: unknown },
  context: { ip: string | null; origin: string; now?: Date },
): Promise<{ authorizationUrl: string; browserKey: string }> {
  const now = context.now ?? new Date();
  const slug = typeof input.slug === "string" && input.slug.length <= 40 ? input.slug : "";
  const provider = slug ? await db.oidcProvider.findUnique({ where: { slug } }) : null;
  if (!provider || !provider.enabled) {
    throw await oidcRefusal("unknownProvider", { ip: context.ip });
  }
  if (context.ip && (await hitRateLimit(db, `oidc:start:${context.ip}`, STARTS_PER_IP, now)) > STARTS_PER_IP.limit) {
    throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  let linkUserId: string | null = null;
  if (input.link) {
    // Linking is for a signed-in citizen at a citizen provider (the password side is already proven).
    if (actor.kind !== "user" || !can(actor, "account.secureOwn") || provider.audience !== "CITIZENS" || !actor.roles.includes("CITIZEN")) {
      throw new AppError("FORBIDDEN", "error.forbidden");
    }
    linkUserId = actor.id;
  }
  let config: oidc.Configuration;
  try {
    config = await providerConfiguration(provider);
  } catch (error) {
    // A discovery document naming another issuer is refused as an unknown issuer; anything else: the provider is down.
    throw await oidcRefusal(classifyOidcError(error) === "issuerMismatch" ? "unknownProvider" : "providerDown", { ip: context.ip, provider });
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const browserKey = randomKey();
  await db.oidcSignIn.create({
    data: {
      stateHash: sha256(state),
      browserHash: sha256(browserKey),
      providerId: provider.id,
      codeVerifier,
      nonce,
      linkUserId,
      returnTo: safeRedirectPath(input.returnTo, linkUserId ? "/akun/keamanan" : "/akun"),
      createdAt: now,
      expiresAt: new Date(now.getTime() + OIDC_FLOW_MINUTES * 60_000),
    },
  });
  const wantsMfaClaims = (provider.mfaAcrValues.length > 0 || provider.mfaAmrMethods.length > 0) && config.serverMetadata().claims_parameter_supported === true;
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: new URL(callbackPath(provider.slug), context.origin).toString(),
    scope: provider.scopes,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    // Where the provider's MFA may count, its acr and amr are asked for in the ID token (OpenID Connect Core §5.5).
    ...(wantsMfaClaims ? { claims: JSON.stringify({ id_token: { acr: null, amr: null } }) } : {}),
  });
  return { authorizationUrl: authorizationUrl.toString(), browserKey };
}
