import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { knownRoutes, routeGroup } from "./observability.mjs";
import { requestIdFrom } from "./request-id.mjs";

describe("the request id", () => {
  it("keeps a plain incoming id and replaces anything else with a fresh UUID", () => {
    expect(requestIdFrom("lb-7f3a9c21")).toBe("lb-7f3a9c21");
    expect(requestIdFrom(["trace-0000001", "other"])).toBe("trace-0000001");
    expect(requestIdFrom("4f1c2a9e-1b2c-4d5e-8f90-1234567890ab")).toBe("4f1c2a9e-1b2c-4d5e-8f90-1234567890ab");
    for (const bad of [undefined, "", "short", "has space in it", "<script>alert(1)</script>", "siti@warga.test", "x".repeat(129)]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe("route groups for the request metrics", () => {
  const appDir = mkdtempSync(path.join(tmpdir(), "routes-"));
  afterAll(() => rmSync(appDir, { recursive: true, force: true }));
  for (const dir of ["(public)/layanan/[slug]", "(citizen)/permohonan", "(back-office)/petugas", "api/open311/v2", "api/health", "lacak"]) {
    mkdirSync(path.join(appDir, dir), { recursive: true });
  }
  const known = knownRoutes(appDir);

  it("reads the served segments from app/, route groups opened", () => {
    expect([...known.pages].sort()).toEqual(["api", "lacak", "layanan", "permohonan", "petugas"]);
    expect([...known.api].sort()).toEqual(["health", "open311"]);
  });

  it("names a request by its first segment, an API by its folder, and anything unknown 'other'", () => {
    expect(routeGroup("/", known)).toBe("home");
    expect(routeGroup("/layanan/ktp-el-baru?lang=en", known)).toBe("layanan");
    expect(routeGroup("/petugas/permohonan/abc", known)).toBe("petugas");
    expect(routeGroup("/api/open311/v2/requests.json", known)).toBe("api/open311");
    expect(routeGroup("/api/anything", known)).toBe("api/other");
    expect(routeGroup("/_next/static/chunks/app.js", known)).toBe("static");
    expect(routeGroup("/_next/image?url=x", known)).toBe("next");
    expect(routeGroup("/wp-login.php", known)).toBe("other");
    expect(routeGroup("/LAYANAN", known)).toBe("other");
  });
});
