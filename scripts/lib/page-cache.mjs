// The portal's own micro-cache for shareable pages (issue 10, item 1).
//
// Rendering a page on the server costs milliseconds of CPU; the home page, the
// catalog, a service standard and the transparency dashboard are the same for
// every anonymous visitor in one language, and the portal already marks them
// `public, s-maxage=…` for shared caches (lib/platform/cache-headers.ts). This
// cache honours exactly that contract inside the web process, so a portal
// without nginx in front still renders each of them about once per
// FRESH_MS instead of once per visitor.
//
// - Only anonymous GETs are looked up or stored: no Auth.js session cookie, no
//   client-side navigation (RSC) headers. What may be stored is decided by the
//   response, as any HTTP cache does: status 200, `public` with `s-maxage`, no
//   Set-Cookie.
// - The key is the URL, the language (`lang` cookie; `?lang=` is in the URL),
//   the content encoding the client accepts, because the stored body is the
//   bytes Next.js sent, compressed or not, and the scheme the visitor used
//   (X-Forwarded-Proto, read exactly as lib/platform/security-headers.ts reads
//   it): a page served over HTTPS carries `upgrade-insecure-requests` and
//   secure cookies' flags that a plain-HTTP copy must not hand out, and back.
// - Stale-while-revalidate: after FRESH_MS the next request renders a fresh
//   copy while the others are still served the previous one for up to STALE_MS,
//   so no visitor waits for a render once a page is warm.
// - A stored page replays its CSP header with the nonce its HTML carries: the
//   same trade-off as the shared cache (README, "nginx in front", CSP nonces).

export const FRESH_MS = 2_000;
export const STALE_MS = 10_000;
const MAX_ENTRIES = 500;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const LANG_COOKIE = /(?:^|;\s*)lang=(id|en)(?:;|$)/;
// x-request-id: every answer carries its own request's id (scripts/lib/observability.mjs sets it before this cache answers).
const NOT_STORED_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-request-id"]);

/** The request's cache key, or null when the request must go to the renderer untouched. */
export function cacheKeyFor(request) {
  if (request.method !== "GET") return null;
  const url = request.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/") || /[?&]_rsc=/.test(url)) return null;
  const headers = request.headers;
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return null;
  const cookie = headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return null;
  const lang = LANG_COOKIE.exec(cookie)?.[1] ?? "id";
  const accepted = headers["accept-encoding"] ?? "";
  const encoding = /\bgzip\b/.test(accepted) ? "gzip" : /\bdeflate\b/.test(accepted) ? "deflate" : "identity";
  return `${encoding}|${lang}|${schemeOf(headers)}|${url}`;
}

/** "https" when the request came over HTTPS through a proxy, else "http" (the first X-Forwarded-Proto value). */
function schemeOf(headers) {
  const forwarded = String(headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    .trim()
    .toLowerCase();
  return forwarded === "https" ? "https" : "http";
}

/** Whether a finished response may be kept: what a shared cache would keep, and small enough. */
export function isStorable({ status, headers, bodyBytes }) {
  if (status !== 200 || bodyBytes > MAX_BODY_BYTES) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(headers["cache-control"] ?? "");
  return /\bpublic\b/.test(cacheControl) && /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl);
}

/**
 * An LRU of rendered pages with fresh and stale ages. `now` is injectable so
 * the ageing rules are tested without waiting.
 */
export class PageCache {
  constructor({ freshMs = FRESH_MS, staleMs = STALE_MS, maxEntries = MAX_ENTRIES, now = () => Date.now() } = {}) {
    this.freshMs = freshMs;
    this.staleMs = staleMs;
    this.maxEntries = maxEntries;
    this.now = now;
    /** @type {Map<string, {status: number, headers: Record<string, string | string[]>, body: Buffer, storedAt: number, refreshing: boolean}>} */
    this.entries = new Map();
  }

  /**
   * What to do with a request for `key`: serve a stored copy ("fresh", or
   * "stale" while another request renders), or render ("miss", or "refresh"
   * when this request is the one that renders a stale page again).
   */
  lookup(key) {
    const entry = this.entries.get(key);
    if (!entry) return { state: "miss" };
    const age = this.now() - entry.storedAt;
    if (age < this.freshMs) return { state: "fresh", entry, age };
    if (age < this.freshMs + this.staleMs) {
      if (entry.refreshing) return { state: "stale", entry, age };
      entry.refreshing = true;
      return { state: "refresh", entry, age };
    }
    this.entries.delete(key);
    return { state: "miss" };
  }

  /** Forgets every stored page: the portal's settings changed what every page shows (lib/platform/page-cache.ts). */
  clear() {
    this.entries.clear();
  }

  /** Keeps a finished response, or lets a stale copy be refreshed by the next request when this one was not storable. */
  finish(key, response) {
    if (!isStorable({ status: response.status, headers: response.headers, bodyBytes: response.bodyBytes ?? response.body.length })) {
      const entry = this.entries.get(key);
      if (entry) entry.refreshing = false;
      return false;
    }
    const headers = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (!NOT_STORED_HEADERS.has(name) && value !== undefined) headers[name] = value;
    }
    this.entries.delete(key);
    this.entries.set(key, { status: response.status, headers, body: response.body, storedAt: this.now(), refreshing: false });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value);
    return true;
  }
}

/**
 * The request handler around Next.js's: serves stored pages, and records what
 * the renderer sends for a cacheable request while it streams to the client.
 */
export function withPageCache(cache, render) {
  // Server code in the same process empties it through this key (lib/platform/page-cache.ts).
  globalThis[Symbol.for("satupintu.pageCache.clear")] = () => cache.clear();
  return (request, response) => {
    const key = cacheKeyFor(request);
    if (key === null) return render(request, response);
    const found = cache.lookup(key);
    if (found.state === "fresh" || found.state === "stale") return replay(found.entry, found.age, found.state, response);
    response.setHeader("X-Page-Cache", found.state === "refresh" ? "REFRESH" : "MISS");
    record(response, (recorded) => cache.finish(key, recorded));
    return render(request, response);
  };
}

function replay(entry, ageMs, state, response) {
  response.writeHead(entry.status, {
    ...entry.headers,
    "content-length": entry.body.length,
    age: Math.floor(ageMs / 1000),
    "x-page-cache": state === "fresh" ? "HIT" : "STALE",
  });
  response.end(entry.body);
}

/** Copies every byte written to `response` and hands the whole response over once it has finished. */
function record(response, done) {
  const chunks = [];
  let bytes = 0;
  let overflow = false;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || overflow) return;
    const buffer = Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    bytes += buffer.length;
    if (bytes > MAX_BODY_BYTES) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  response.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  response.once("finish", () => {
    const headers = response.getHeaders();
    delete headers["x-page-cache"];
    done({ status: response.statusCode, headers, body: Buffer.concat(chunks), bodyBytes: bytes });
  });
  // A client that went away mid-render leaves a body that is not whole: never stored.
  response.once("close", () => {
    if (!response.writableFinished) done({ status: 0, headers: {}, body: Buffer.alloc(0) });
  });
}
