import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKeyFor, isStorable, PageCache, withPageCache } from "./page-cache.mjs";

const SHAREABLE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
const PRIVATE = "private, no-cache, no-store, max-age=0, must-revalidate";
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the page cache may answer", () => {
  it("keys anonymous page reads by URL, language, accepted encoding and scheme (X-Forwarded-Proto)", () => {
    const plain = cacheKeyFor(get("/layanan"));
    expect(plain).not.toBeNull();
    expect(cacheKeyFor(get("/layanan"))).toBe(plain);
    expect(cacheKeyFor(get("/layanan", { cookie: "lang=en" }))).not.toBe(plain);
    expect(cacheKeyFor(get("/layanan", { cookie: "lang=id" }))).toBe(plain);
    expect(cacheKeyFor(get("/layanan", { "accept-encoding": "gzip, br" }))).not.toBe(plain);
    expect(cacheKeyFor(get("/layanan?q=ktp"))).not.toBe(plain);
    // A page rendered for HTTPS (upgrade-insecure-requests in its CSP) is another page than the plain-HTTP one.
    const https = cacheKeyFor(get("/layanan", { "x-forwarded-proto": "https" }));
    expect(https).not.toBe(plain);
    expect(cacheKeyFor(get("/layanan", { "x-forwarded-proto": "HTTPS, http" }))).toBe(https);
    expect(cacheKeyFor(get("/layanan", { "x-forwarded-proto": "http" }))).toBe(plain);
  });

  it("never answers a signed-in visitor, a post, a client-side navigation, an asset or an API call", () => {
    expect(cacheKeyFor(get("/", { cookie: "lang=en; authjs.session-token=abc" }))).toBeNull();
    expect(cacheKeyFor(get("/", { cookie: "__Secure-authjs.session-token.0=abc" }))).toBeNull();
    expect(cacheKeyFor({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(cacheKeyFor({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    expect(cacheKeyFor(get("/", { rsc: "1" }))).toBeNull();
    expect(cacheKeyFor(get("/layanan", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyFor(get("/layanan?_rsc=x1y2"))).toBeNull();
    expect(cacheKeyFor(get("/_next/static/chunks/app.js"))).toBeNull();
    expect(cacheKeyFor(get("/api/data/ringkasan.json"))).toBeNull();
  });

  it("keeps only what a shared cache may keep", () => {
    const ok = { status: 200, headers: { "cache-control": SHAREABLE }, bodyBytes: 10 };
    expect(isStorable(ok)).toBe(true);
    expect(isStorable({ ...ok, headers: { "cache-control": PRIVATE } })).toBe(false);
    expect(isStorable({ ...ok, headers: { "cache-control": "public, max-age=300" } })).toBe(false);
    expect(isStorable({ ...ok, headers: { "cache-control": SHAREABLE, "set-cookie": ["lang=en"] } })).toBe(false);
    expect(isStorable({ ...ok, status: 404 })).toBe(false);
    expect(isStorable({ ...ok, bodyBytes: 3 * 1024 * 1024 })).toBe(false);
  });
});

describe("ageing of stored pages", () => {
  const page = (text: string) => ({ status: 200, headers: { "cache-control": SHAREABLE }, body: Buffer.from(text) });

  it("serves a page fresh, then lets one request render it again while the others get the stale copy", () => {
    let now = 0;
    const cache = new PageCache({ freshMs: 1_000, staleMs: 5_000, now: () => now });
    expect(cache.lookup("k").state).toBe("miss");
    cache.finish("k", page("v1"));
    now = 999;
    expect(cache.lookup("k")).toMatchObject({ state: "fresh", age: 999 });

    now = 1_000;
    expect(cache.lookup("k").state).toBe("refresh");
    expect(cache.lookup("k").state).toBe("stale");
    cache.finish("k", page("v2"));
    const fresh = cache.lookup("k");
    expect(fresh.state).toBe("fresh");
    expect(fresh.state !== "miss" && fresh.entry.body.toString()).toBe("v2");
  });

  it("keeps serving the stale copy when a refresh could not be stored, and lets the next request try again", () => {
    let now = 0;
    const cache = new PageCache({ freshMs: 1_000, staleMs: 5_000, now: () => now });
    cache.finish("k", page("good"));
    now = 2_000;
    expect(cache.lookup("k").state).toBe("refresh");
    expect(cache.finish("k", { status: 500, headers: {}, body: Buffer.from("error") })).toBe(false);
    const again = cache.lookup("k");
    expect(again.state).toBe("refresh");
    expect(again.state !== "miss" && again.entry.body.toString()).toBe("good");
  });

  it("forgets a page past its stale window and evicts the least recently stored beyond its size", () => {
    let now = 0;
    const cache = new PageCache({ freshMs: 1_000, staleMs: 5_000, maxEntries: 2, now: () => now });
    cache.finish("a", page("a"));
    now = 6_000;
    expect(cache.lookup("a").state).toBe("miss");
    expect(cache.entries.has("a")).toBe(false);

    cache.finish("a", page("a"));
    cache.finish("b", page("b"));
    cache.finish("c", page("c"));
    expect([...cache.entries.keys()]).toEqual(["b", "c"]);
  });
});

describe("the cache in front of a renderer", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  /** A stand-in renderer that streams its page in pieces, as Next.js does, and counts renders. */
  async function serve(cacheControl: (request: IncomingMessage) => string) {
    let renders = 0;
    const render = (request: IncomingMessage, response: ServerResponse) => {
      renders += 1;
      const nonce = `nonce-${renders}`;
      response.statusCode = 200;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("cache-control", cacheControl(request));
      response.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
      response.setHeader("x-request-id", String(request.headers["x-request-id"]));
      response.write(`<html><script nonce="${nonce}">`);
      setTimeout(() => response.end(`</script><p>render ${renders} of ${request.url}</p></html>`), 5);
    };
    const server = createServer(withPageCache(new PageCache(), render));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => server.close();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { fetchPage: (path: string, init?: RequestInit) => fetch(base + path, init), renders: () => renders };
  }

  it("renders a shareable page once and replays it whole, CSP nonce included, to the next anonymous visitors", async () => {
    const portal = await serve(() => SHAREABLE);
    const first = await portal.fetchPage("/layanan");
    const firstBody = await first.text();
    expect(first.headers.get("x-page-cache")).toBe("MISS");
    const second = await portal.fetchPage("/layanan");
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(second.headers.get("cache-control")).toBe(SHAREABLE);
    expect(second.headers.get("age")).toBe("0");
    expect(portal.renders()).toBe(1);
    // The request id is the request's own, never the one of the render that was stored.
    const traced = await portal.fetchPage("/layanan", { headers: { "x-request-id": "visitor-00000003" } });
    expect(traced.headers.get("x-page-cache")).toBe("HIT");
    expect(traced.headers.get("x-request-id")).toBeNull();

    // Another language is another page.
    const english = await portal.fetchPage("/layanan", { headers: { cookie: "lang=en" } });
    expect(english.headers.get("x-page-cache")).toBe("MISS");
    expect(portal.renders()).toBe(2);
  });

  it("renders every time for a signed-in visitor and for pages marked private", async () => {
    const portal = await serve((request) => (request.url === "/lacak" ? PRIVATE : SHAREABLE));
    for (let i = 0; i < 2; i++) {
      const signedIn = await portal.fetchPage("/", { headers: { cookie: "authjs.session-token=abc" } });
      expect(signedIn.headers.get("x-page-cache")).toBeNull();
      await signedIn.text();
    }
    for (let i = 0; i < 2; i++) expect((await portal.fetchPage("/lacak")).headers.get("x-page-cache")).toBe("MISS");
    expect(portal.renders()).toBe(4);
  });
});

describe("emptying the cache", () => {
  it("forgets every stored page, so a change every page shows (the portal's name) is rendered on the next request", () => {
    const cache = new PageCache();
    cache.finish("/", { status: 200, headers: { "cache-control": SHAREABLE }, body: Buffer.from("old name") });
    expect(cache.lookup("/").state).toBe("fresh");
    cache.clear();
    expect(cache.lookup("/").state).toBe("miss");
  });
});
