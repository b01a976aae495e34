import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCrossOriginRequest, isGuardedRequest } from "./same-origin";

const post = (pathname: string, headers: Record<string, string>, method = "POST") => ({ method, pathname, headers: new Headers(headers) });
const UPLOAD = "/api/permohonan/app1/dokumen";

describe("cross-origin guard for route handlers", () => {
  it("refuses a post from a page on another port of the same host (same-site, so the cookie went along)", () => {
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", origin: "http://localhost:3001" }))).toBe(true);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "portal.go.id", origin: "https://lain.portal.go.id" }))).toBe(true);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "portal.go.id", origin: "null" }))).toBe(true);
    expect(isCrossOriginRequest(post("/api/auth/signout", { host: "localhost:3000", origin: "http://localhost:3001" }))).toBe(true);
  });

  it("refuses every unsafe method, and a browser post without Origin that says it came from elsewhere", () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", origin: "http://localhost:3001" }, method))).toBe(true);
    }
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("lets the portal's own pages through, behind a proxy too, and scripts that send no Origin", () => {
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "127.0.0.1:3000", "x-forwarded-host": "portal.go.id", origin: "https://portal.go.id" }))).toBe(false);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossOriginRequest(post(UPLOAD, { host: "localhost:3000" }))).toBe(false);
  });

  it("leaves reads and the api_key-authenticated Open311 API alone", () => {
    expect(isGuardedRequest({ method: "GET", pathname: "/api/dokumen/x" })).toBe(false);
    expect(isCrossOriginRequest(post("/api/open311/v2/requests.json", { host: "localhost:3000", origin: "https://lapor.example" }))).toBe(false);
    expect(isGuardedRequest({ method: "POST", pathname: "/api/akun/data-saya" })).toBe(true);
  });
});

/** Every route.ts under app/ with the URL path it serves (route groups dropped, dynamic segments filled in). */
function routeHandlers(dir = "app"): { file: string; pathname: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(full);
    if (entry.name !== "route.ts") return [];
    const segments = path
      .dirname(full)
      .split(path.sep)
      .slice(1)
      .filter((segment) => !/^\(.*\)$/.test(segment));
    return [{ file: full, pathname: `/${segments.map((segment) => segment.replace(/^\[+\.*([^\]]+)\]+$/, "$1")).join("/")}` }];
  });
}

describe("every state-changing route handler is behind the guard", () => {
  it("finds no POST, PUT, PATCH or DELETE handler outside /api/ or in the token-authenticated list but Open311", () => {
    const unsafe = routeHandlers().filter(({ file }) =>
      /export (async )?function (POST|PUT|PATCH|DELETE)\b|export const \{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(file, "utf8")),
    );
    expect(unsafe.map(({ pathname }) => pathname)).toContain("/api/permohonan/id/dokumen");
    const unguarded = unsafe.filter(({ pathname }) => !isGuardedRequest({ method: "POST", pathname }));
    // Open311 (API keys), payment providers (SNAP signatures, docs/payments.md) and identity providers (signed logout tokens).
    expect(unguarded.map(({ pathname }) => pathname)).toEqual([
      "/api/oidc/slug/backchannel-logout",
      "/api/open311/v2/file",
      "/api/pembayaran/provider/endpoint",
    ]);
  });
});
