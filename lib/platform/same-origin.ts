/**
 * Cross-site request forgery guard for the portal's route handlers (issue 16,
 * finding 6), the same rule Next.js applies to server actions: a request that
 * changes state must come from a page of this very origin.
 *
 * Cookies are `SameSite=Lax`, which stops other *sites* but not other origins
 * of the same site: a page on another port or subdomain of the portal's host
 * is "same-site", so the browser sends the session cookie with its posts.
 * The Origin header names the page that sent the request, so:
 * - Origin present: its host must be this request's host (`X-Forwarded-Host`
 *   first, then `Host`, exactly as Next.js compares for server actions);
 * - Origin absent (scripts, curl; browsers always send it on a POST): refused
 *   only when `Sec-Fetch-Site` says a browser sent it from elsewhere.
 *
 * proxy.ts applies it to every unsafe request under /api/, so a new route
 * handler is covered without opting in. The exception is the Open311 API,
 * authenticated by its api_key and called from other sites by design; a
 * path listed there must never read the session cookie.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const GUARDED = /^\/api\//;
/** Authenticated by an API key, never by the session cookie; cross-origin by design. */
// Open311 keys, payment providers that sign every request (lib/payments/providers), and identity providers'
// signed back-channel logout tokens (lib/identity/oidc/logout-token.ts): no browser sends these.
const TOKEN_AUTHENTICATED = [/^\/api\/open311\//, /^\/api\/pembayaran\//, /^\/api\/oidc\/[^/]+\/backchannel-logout$/];

export type OriginFacts = { method: string; pathname: string; headers: Headers };

export function isGuardedRequest({ method, pathname }: Pick<OriginFacts, "method" | "pathname">): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  return GUARDED.test(pathname) && !TOKEN_AUTHENTICATED.some((pattern) => pattern.test(pathname));
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The request's own host, as Next.js reads it for server actions. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || headers.get("host"))?.toLowerCase() ?? null;
}

/** True when a browser sent this state-changing request from a page of another origin. */
export function isCrossOriginRequest(facts: OriginFacts): boolean {
  if (!isGuardedRequest(facts)) return false;
  const origin = facts.headers.get("origin");
  if (origin !== null) {
    const host = requestHost(facts.headers);
    return origin === "null" || host === null || hostOf(origin) !== host;
  }
  const site = facts.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/** The refusal: 403 with a message key, as every route handler answers (lib/platform/http.ts). */
export function crossOriginRefusal(): Response {
  return Response.json({ messageKey: "error.crossOrigin" }, { status: 403, headers: { "Cache-Control": "private, no-store" } });
}
