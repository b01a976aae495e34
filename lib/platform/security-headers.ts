import { runtimeMode } from "./env";

/**
 * Security headers for every page and route the proxy sees (issue 9, item 6).
 * Pure functions of the request's facts, so they are unit-tested without a server.
 *
 * Scripts run only with this request's nonce: Next.js reads it from the
 * Content-Security-Policy *request* header the proxy sets and stamps it on its
 * own inline and external scripts; 'strict-dynamic' lets those load the rest.
 * Styles keep 'unsafe-inline' (a nonce would disable it, and server-rendered
 * `style` attributes cannot carry one); style injection cannot run code.
 */
export type SecurityContext = {
  nonce: string;
  /** `next dev` needs eval for its overlay and fast refresh. */
  development: boolean;
  production: boolean;
  /** The request arrived over HTTPS (directly or via a proxy's X-Forwarded-Proto). */
  https: boolean;
};

const TWO_YEARS = 2 * 365 * 24 * 60 * 60;

/** 128 random bits, base64: unguessable and unique per request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function isHttpsRequest(url: URL, headers: Headers): boolean {
  if (url.protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

export function contentSecurityPolicy({ nonce, development, https }: SecurityContext): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Response headers; the Content-Security-Policy also goes on the request (see above). */
export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    // Tracking links carry a secret in the query string: never send a URL to another site.
    "Referrer-Policy": "same-origin",
    // The complaint form's "use my location" asks the portal's own origin for it; nothing else may.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), browsing-topics=()",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(context.production ? { "Strict-Transport-Security": `max-age=${TWO_YEARS}; includeSubDomains` } : {}),
  };
}

/** Attributes for cookies the portal sets itself (Auth.js sets its own the same way). */
export function cookieSecurity(https: boolean) {
  return { httpOnly: true, secure: https, sameSite: "lax" as const };
}

/**
 * Routes answering with lib/platform/http.ts privateFileResponse, and the
 * uploaded government logo (app/api/portal/logo): their own sandbox policy must win.
 */
const PRIVATE_FILE_PATHS = [/^\/api\/dokumen\//, /^\/api\/keluaran\//, /^\/pengaduan\/berkas\//, /^\/api\/portal\/logo\//];

export function servesPrivateFile(pathname: string): boolean {
  return PRIVATE_FILE_PATHS.some((pattern) => pattern.test(pathname));
}

/**
 * The proxy's one call: puts the nonce-bearing policy on the forwarded request
 * headers and returns a function that stamps every security header on the
 * response. Headers set here replace a route's own, so private file routes
 * (sandboxed, lib/platform/http.ts) get every header but the page policy.
 */
export function prepareSecurityHeaders(url: URL, requestHeaders: Headers) {
  const https = isHttpsRequest(url, requestHeaders);
  const mode = runtimeMode();
  const context: SecurityContext = {
    nonce: createNonce(),
    development: mode === "development",
    production: mode === "production",
    https,
  };
  const headers = securityHeaders(context);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(context));
  return {
    https,
    apply(response: { headers: Headers }) {
      for (const [name, value] of Object.entries(headers)) {
        if (name === "Content-Security-Policy" && servesPrivateFile(url.pathname)) continue;
        response.headers.set(name, value);
      }
    },
  };
}
