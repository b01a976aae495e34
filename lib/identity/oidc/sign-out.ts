import "server-only";
import * as oidc from "openid-client";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { providerConfiguration } from "./client";

/** Where the portal's own sign-out sends a browser that had signed in through a provider (RP-initiated logout). */
export const PROVIDER_SIGN_OUT_PATH = "/keluar";

/** The address a provider returns to after its sign-out: to be registered there as a post-logout redirect URI. */
export const postLogoutRedirectUri = () => new URL("/", env().PUBLIC_URL).toString();

/** The provider (its slug) a session was opened through, if it is still enabled; read before the session ends. */
export async function providerOfSession(sessionId: string | undefined): Promise<string | null> {
  if (!sessionId) return null;
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { oidcProviderId: true } });
  if (!session?.oidcProviderId) return null;
  const provider = await db.oidcProvider.findUnique({ where: { id: session.oidcProviderId }, select: { slug: true, enabled: true } });
  return provider?.enabled ? provider.slug : null;
}

/**
 * The provider's sign-out page (OpenID Connect RP-Initiated Logout 1.0) for an enabled provider that publishes an
 * `end_session_endpoint`, returning to the portal's home page. A computer shared at a kiosk or an internet café must
 * not keep the provider's session once the citizen has left the portal: the next person's "Masuk dengan <provider>"
 * would open the last one's account without a password. Null when the provider has no such page or cannot be
 * reached: the portal's own session has ended either way.
 */
export async function providerSignOutUrl(slug: string): Promise<{ name: string; url: string } | null> {
  const provider = await db.oidcProvider.findUnique({ where: { slug } });
  if (!provider?.enabled) return null;
  try {
    const config = await providerConfiguration(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return { name: provider.name, url: oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirectUri() }).toString() };
  } catch (error) {
    log.warn({ providerId: provider.id, error: error instanceof Error ? error.message : String(error) }, "oidc sign-out: provider not reachable");
    return null;
  }
}
