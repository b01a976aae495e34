import { describe, expect, it } from "vitest";
import { cacheControlFor, hasSessionCookie, isSharedCacheablePage, NOT_SHARED, SHARED_CACHEABLE } from "./cache-headers";

const anonymousGet = { method: "GET", cookieNames: [] as string[], isReactServerRequest: false, setsCookie: false };

describe("which pages a shared cache may keep", () => {
  it("shares the home page, the catalog, a service standard and the transparency dashboard with anonymous visitors", () => {
    for (const pathname of ["/", "/layanan", "/layanan/ktp-el-baru", "/transparansi"]) {
      expect(cacheControlFor({ ...anonymousGet, pathname })).toBe(SHARED_CACHEABLE);
    }
    expect(SHARED_CACHEABLE).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it("keeps the visitor's language cookie out of the decision (the cache keys on it instead)", () => {
    expect(cacheControlFor({ ...anonymousGet, pathname: "/", cookieNames: ["lang"] })).toBe(SHARED_CACHEABLE);
  });

  it("never shares a page with a signed-in visitor, whose header shows their name", () => {
    for (const cookie of ["authjs.session-token", "__Secure-authjs.session-token", "__Secure-authjs.session-token.0"]) {
      expect(cacheControlFor({ ...anonymousGet, pathname: "/", cookieNames: ["lang", cookie] })).toBe(NOT_SHARED);
    }
    expect(NOT_SHARED).toMatch(/private/);
    expect(NOT_SHARED).toMatch(/no-store/);
  });

  it("never shares the response that switches the language (it sets this browser's cookie)", () => {
    expect(cacheControlFor({ ...anonymousGet, pathname: "/", setsCookie: true })).toBe(NOT_SHARED);
  });

  it("never shares a client-side navigation payload or a form post", () => {
    expect(cacheControlFor({ ...anonymousGet, pathname: "/layanan", isReactServerRequest: true })).toBe(NOT_SHARED);
    expect(cacheControlFor({ ...anonymousGet, pathname: "/layanan", method: "POST" })).toBe(NOT_SHARED);
  });

  it("leaves every other page to Next.js (private, no-store on dynamic pages)", () => {
    for (const pathname of [
      "/permohonan",
      "/permohonan/abc/isi",
      "/lacak",
      "/masuk",
      "/petugas",
      "/transparansi/kamus-data",
      "/layanan/a/b",
      "/api/data/x.csv",
    ]) {
      expect(isSharedCacheablePage(pathname)).toBe(false);
      expect(cacheControlFor({ ...anonymousGet, pathname })).toBeNull();
    }
  });

  it("recognises only Auth.js session cookies as a session", () => {
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url", "lang"])).toBe(false);
    expect(hasSessionCookie(["authjs.session-token.1"])).toBe(true);
  });
});

describe("applyCacheControl, as proxy.ts calls it", () => {
  const request = (url: string, headers: Record<string, string> = {}) => {
    const parsed = new URL(url, "http://portal.test");
    return { method: "GET", nextUrl: parsed, headers: new Headers(headers), cookies: { getAll: () => [] as { name: string }[] } };
  };

  it("marks an anonymous page shareable and a client-side navigation (`_rsc` in the URL) private", async () => {
    const { applyCacheControl } = await import("./cache-headers");
    const page = { headers: new Headers() };
    applyCacheControl(request("/layanan"), page);
    expect(page.headers.get("cache-control")).toBe(SHARED_CACHEABLE);
    const navigation = { headers: new Headers() };
    applyCacheControl(request("/layanan?_rsc=1x2y3"), navigation);
    expect(navigation.headers.get("cache-control")).toBe(NOT_SHARED);
  });

  it("keeps private the response that sets the language cookie", async () => {
    const { applyCacheControl } = await import("./cache-headers");
    const switching = { headers: new Headers({ "set-cookie": "lang=en; Path=/" }) };
    applyCacheControl(request("/?lang=en"), switching);
    expect(switching.headers.get("cache-control")).toBe(NOT_SHARED);
  });
});
