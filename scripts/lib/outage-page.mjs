// The web server's own answer to a page that failed while the database was
// unreachable (issue 10, item 6).
//
// Pages catch a database outage where they can (the root layout shows "service
// busy" in place of the page), but a server component that throws during the
// server render makes Next.js send its bare error shell: status 500 and, without
// JavaScript, a blank page. When the portal found the database unreachable
// moments ago (lib/platform/database-availability.ts records it on the
// process), such a 500 is replaced by a small page in the visitor's language
// that says what happened, with 503 and Retry-After so browsers, proxies and
// monitoring treat it as the retryable condition it is. Nothing is lost: a
// form post that got this page is in the browser's history with what was typed.
import { readFileSync } from "node:fs";

export const RECENT_OUTAGE_MS = 15_000;
export const RETRY_AFTER_SECONDS = 5;
const LAST_OUTAGE_AT = Symbol.for("satupintu.databaseOutageAt");
const messages = JSON.parse(readFileSync(new URL("../../lib/platform/i18n/catalog/error-pages.json", import.meta.url), "utf8"));
// The security headers the proxy set stay; everything about the failed render goes.
const KEPT_HEADERS = new Set(["strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy"]);
const LANG_COOKIE = /(?:^|;\s*)lang=(id|en)(?:;|$)/;

/** Whether the request is a browser asking for a page (not an asset, an API call or a client-side navigation). */
export function isPageRequest(request) {
  const url = request.url ?? "/";
  if (!["GET", "HEAD", "POST"].includes(request.method ?? "")) return false;
  if (url.startsWith("/_next/") || url.startsWith("/api/") || /[?&]_rsc=/.test(url)) return false;
  const headers = request.headers;
  return !(headers.rsc || headers["next-router-prefetch"] || headers["next-action"]);
}

/** The visitor's language, resolved as proxy.ts does: `?lang=`, then the remembered cookie, then Bahasa Indonesia. */
export function languageOf(request) {
  const requested = /[?&]lang=(id|en)(?:&|$)/.exec(request.url ?? "")?.[1];
  return requested ?? LANG_COOKIE.exec(request.headers.cookie ?? "")?.[1] ?? "id";
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page in the visitor's language, the other language after it. */
export function outagePageHtml(locale) {
  const other = locale === "id" ? "en" : "id";
  const say = (lang, key) => escapeHtml(messages[lang][key]);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say(locale, "error.serviceUnavailableTitle")} · SatuPintu</title>
<style>
body{margin:0;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
main{max-width:42rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.875rem;margin:0 0 1rem}
.other{color:#334155}
a{display:inline-block;margin-top:.5rem;padding:.625rem 1.25rem;border-radius:.375rem;background:#1d4ed8;color:#fff;font-weight:600;text-decoration:none}
a:focus{outline:3px solid #f59e0b;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${say(locale, "error.serviceUnavailableTitle")}</h1>
<p>${say(locale, "error.serviceUnavailable")}</p>
<p class="other" lang="${other}">${say(other, "error.serviceUnavailableTitle")}. ${say(other, "error.serviceUnavailable")}</p>
<p><a href="">${say(locale, "error.tryAgain")}</a></p>
</main>
</body>
</html>
`;
}

const lastOutageOnProcess = () => globalThis[LAST_OUTAGE_AT];

/**
 * The request handler around Next.js's: lets every response through, except a
 * page's 500 while a database outage is recent, which becomes the busy page.
 */
export function withOutagePage(render, { lastOutageAt = lastOutageOnProcess, now = () => Date.now(), recentMs = RECENT_OUTAGE_MS } = {}) {
  return (request, response) => {
    if (!isPageRequest(request)) return render(request, response);
    const { writeHead, write, end } = response;
    let replaced = false;
    const outageIsRecent = () => {
      const at = lastOutageAt();
      return typeof at === "number" && now() - at <= recentMs;
    };

    response.writeHead = function (status, ...rest) {
      if (replaced) return this;
      if (status !== 500 || !outageIsRecent()) return writeHead.call(this, status, ...rest);
      replaced = true;
      for (const name of this.getHeaderNames()) if (!KEPT_HEADERS.has(name)) this.removeHeader(name);
      const locale = languageOf(request);
      const body = Buffer.from(outagePageHtml(locale));
      writeHead.call(this, 503, {
        "content-type": "text/html; charset=utf-8",
        "content-length": body.length,
        "content-language": locale,
        "cache-control": "no-store",
        "retry-after": String(RETRY_AFTER_SECONDS),
        // No script at all; the one style element is the page's own.
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      });
      end.call(this, request.method === "HEAD" ? undefined : body);
      return this;
    };
    // What the failed render goes on writing after the busy page was sent is dropped.
    response.write = function (chunk, encoding, callback) {
      if (!replaced) return write.call(this, chunk, encoding, callback);
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done);
      return true;
    };
    response.end = function (chunk, encoding, callback) {
      if (!replaced) return end.call(this, chunk, encoding, callback);
      const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
      if (done) process.nextTick(done);
      return this;
    };
    return render(request, response);
  };
}
