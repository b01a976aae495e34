import { NextResponse, type NextRequest } from "next/server";
import { applyCacheControl } from "@/lib/platform/cache-headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_HEADER } from "@/lib/platform/i18n/messages";
import { crossOriginRefusal, isCrossOriginRequest } from "@/lib/platform/same-origin";
import { cookieSecurity, prepareSecurityHeaders } from "@/lib/platform/security-headers";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/scripts/lib/request-id.mjs";
const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Resolves the language once per request: `?lang=en|id` switches and is
 * remembered in a cookie (DESIGN.md §11); otherwise the cookie; otherwise
 * Bahasa Indonesia. Pages read the result from a request header.
 * Also sets the security headers, with a fresh CSP nonce per request, and
 * refuses state-changing API requests from other origins (lib/platform/same-origin.ts).
 * Every request carries an `x-request-id` on to the page or route and back to
 * the client: the incoming one when acceptable (scripts/serve.mjs has already
 * set it in production), else a new one (docs/operations.md).
 */
export function proxy(request: NextRequest) {
  if (isCrossOriginRequest({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers })) {
    const refusal = crossOriginRefusal();
    prepareSecurityHeaders(request.nextUrl, new Headers(request.headers)).apply(refusal);
    return refusal;
  }
  const requested = request.nextUrl.searchParams.get("lang");
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : isLocale(remembered) ? remembered : DEFAULT_LOCALE;

  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  headers.set(REQUEST_ID_HEADER, requestId);
  const security = prepareSecurityHeaders(request.nextUrl, headers);

  const response = NextResponse.next({ request: { headers } });
  if (isLocale(requested) && requested !== remembered) {
    response.cookies.set(LOCALE_COOKIE, requested, { path: "/", maxAge: ONE_YEAR, ...cookieSecurity(security.https) });
  }
  response.headers.set("Content-Language", locale);
  response.headers.set("X-Request-Id", requestId);
  security.apply(response);
  applyCacheControl(request, response);
  return response;
}

// Auth.js's own routes too: its sign-out page needs the frame and script policy like any page.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
