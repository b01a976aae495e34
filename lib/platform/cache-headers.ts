/**
 * Shared-cache rules for the public pages (issue 10, item 1).
 *
 * The home page, the service catalog, a service standard and the transparency
 * dashboard are the same for every anonymous visitor in one language, so a
 * shared cache (nginx `proxy_cache`, a CDN) may keep them for a minute and
 * serve them stale for five more while it refreshes. Everything else, and any
 * request from a signed-in visitor, stays `private, no-store`: the site header
 * shows a signed-in visitor's name and unread notification count.
 *
 * The language is part of the page but not of the URL (it comes from `?lang=`
 * or the `lang` cookie, see proxy.ts), so a shared cache must key on it:
 * deploy/nginx/satupintu.conf derives it exactly as proxy.ts does. No `Vary:
 * Cookie`: it would split the cache by every cookie a browser carries.
 *
 * Pure: proxy.ts passes in what it knows about the request and sets the result.
 */

/** Seconds a shared cache serves a public page without asking the portal again. */
export const PUBLIC_PAGE_SHARED_MAX_AGE = 60;
/** Seconds a stale copy may still be served while the cache refreshes it in the background. */
export const PUBLIC_PAGE_STALE_WHILE_REVALIDATE = 300;

export const SHARED_CACHEABLE = `public, max-age=0, s-maxage=${PUBLIC_PAGE_SHARED_MAX_AGE}, stale-while-revalidate=${PUBLIC_PAGE_STALE_WHILE_REVALIDATE}`;
export const NOT_SHARED = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Auth.js session cookies, plain and `__Secure-` prefixed, possibly split into `.0`, `.1` chunks. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

const PUBLIC_PAGES: readonly RegExp[] = [/^\/$/, /^\/layanan\/?$/, /^\/layanan\/[a-z0-9-]+\/?$/, /^\/transparansi\/?$/];

export function isSharedCacheablePage(pathname: string): boolean {
  return PUBLIC_PAGES.some((pattern) => pattern.test(pathname));
}

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

export type CacheRequest = {
  method: string;
  pathname: string;
  cookieNames: Iterable<string>;
  /** Client-side navigation (`RSC: 1`): a React payload whose shape depends on the router state, not a page. */
  isReactServerRequest: boolean;
  /** The response sets a cookie (the language switch): personal to this browser. */
  setsCookie: boolean;
};

/**
 * The Cache-Control a page response gets, or null to leave Next.js's own
 * (`private, no-cache, no-store…` on dynamic pages; immutable on static assets).
 */
export function cacheControlFor(request: CacheRequest): string | null {
  if (!isSharedCacheablePage(request.pathname)) return null;
  const anonymousRead =
    (request.method === "GET" || request.method === "HEAD") && !request.isReactServerRequest && !request.setsCookie && !hasSessionCookie(request.cookieNames);
  return anonymousRead ? SHARED_CACHEABLE : NOT_SHARED;
}

/** What proxy.ts calls on its response (kept here so proxy.ts stays a list of steps). */
export function applyCacheControl(
  request: { method: string; nextUrl: { pathname: string; searchParams: URLSearchParams }; headers: Headers; cookies: { getAll(): { name: string }[] } },
  response: { headers: Headers },
): void {
  const value = cacheControlFor({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
    // Next.js may strip its router headers before the proxy runs; its `_rsc` cache-busting parameter stays in the URL.
    isReactServerRequest: request.headers.has("rsc") || request.headers.has("next-router-prefetch") || request.nextUrl.searchParams.has("_rsc"),
    setsCookie: response.headers.has("set-cookie"),
  });
  if (value) response.headers.set("Cache-Control", value);
}
