import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttpsRequest, prepareSecurityHeaders, securityHeaders } from "./security-headers";

const base = { nonce: "abc123", development: false, production: true, https: true };

describe("security headers", () => {
  it("allows scripts only with the request's nonce: no 'unsafe-inline' or eval for scripts in production", () => {
    const policy = contentSecurityPolicy(base);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
  });

  it("lets `next dev` eval, and upgrades insecure requests only over https", () => {
    expect(contentSecurityPolicy({ ...base, development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(base)).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("sends HSTS in production only, and the other headers always", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    const dev = securityHeaders({ ...base, production: false, development: true });
    expect(dev["Strict-Transport-Security"]).toBeUndefined();
    expect(dev).toMatchObject({
      "Referrer-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(dev["Permissions-Policy"]).toContain("camera=()");
    // The complaint form's location button needs geolocation on the portal itself, and only there.
    expect(dev["Permissions-Policy"]).toContain("geolocation=(self)");
    expect(dev["Permissions-Policy"]).not.toContain("geolocation=()");
  });

  it("makes a fresh, unguessable nonce per request and hands the policy to Next on the request headers", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);

    const requestHeaders = new Headers();
    const prepared = prepareSecurityHeaders(new URL("http://localhost/"), requestHeaders);
    const response = { headers: new Headers() };
    prepared.apply(response);
    expect(requestHeaders.get("Content-Security-Policy")).toBe(response.headers.get("Content-Security-Policy"));
    expect(requestHeaders.get("Content-Security-Policy")).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
  });

  it("leaves the policy of private file routes to the route (sandboxed), with every other header", () => {
    const response = { headers: new Headers() };
    prepareSecurityHeaders(new URL("http://localhost/api/dokumen/abc"), new Headers()).apply(response);
    expect(response.headers.get("Content-Security-Policy")).toBeNull();
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    // The uploaded logo (an SVG may be opened directly) keeps its sandbox too.
    const logo = { headers: new Headers() };
    prepareSecurityHeaders(new URL("http://localhost/api/portal/logo/abc"), new Headers()).apply(logo);
    expect(logo.headers.get("Content-Security-Policy")).toBeNull();
    const page = { headers: new Headers() };
    prepareSecurityHeaders(new URL("http://localhost/pengaduan/baru"), new Headers()).apply(page);
    expect(page.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });

  it("recognises https directly or behind a proxy", () => {
    expect(isHttpsRequest(new URL("https://x/"), new Headers())).toBe(true);
    expect(isHttpsRequest(new URL("http://x/"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsRequest(new URL("http://x/"), new Headers())).toBe(false);
  });
});
