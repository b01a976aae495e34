import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isPageRequest, languageOf, RETRY_AFTER_SECONDS, withOutagePage } from "./outage-page.mjs";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which responses the outage page may replace", () => {
  it("only pages a browser asked for, never assets, API answers or client-side navigations", () => {
    expect(isPageRequest(get("/layanan"))).toBe(true);
    expect(isPageRequest({ method: "POST", url: "/permohonan/x/periksa", headers: {} })).toBe(true);
    expect(isPageRequest(get("/api/permohonan/x/dokumen"))).toBe(false);
    expect(isPageRequest(get("/_next/static/chunks/app.js"))).toBe(false);
    expect(isPageRequest(get("/layanan", { rsc: "1" }))).toBe(false);
    expect(isPageRequest(get("/layanan?_rsc=abc"))).toBe(false);
    expect(isPageRequest({ method: "POST", url: "/permohonan/x/periksa", headers: { "next-action": "7f00" } })).toBe(false);
  });

  it("speaks the language the visitor chose: ?lang= first, then the remembered cookie, else Bahasa Indonesia", () => {
    expect(languageOf(get("/"))).toBe("id");
    expect(languageOf(get("/", { cookie: "a=1; lang=en" }))).toBe("en");
    expect(languageOf(get("/?lang=id", { cookie: "lang=en" }))).toBe("id");
    expect(languageOf(get("/layanan?q=ktp&lang=en"))).toBe("en");
  });
});

describe("a page that failed during a database outage", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  /** A stand-in for Next.js that answers every request with `status` and a streamed body, as its error shell does. */
  async function portal(status: number, lastOutageAt: number | undefined) {
    const render = (_request: IncomingMessage, response: ServerResponse) => {
      response.statusCode = status;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      response.setHeader("x-content-type-options", "nosniff");
      response.write('<!DOCTYPE html><html id="__next_error__">');
      setTimeout(() => response.end("</html>"), 5);
    };
    const server = createServer(withOutagePage(render, { lastOutageAt: () => lastOutageAt, now: () => 100_000 }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => server.close();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return (path: string, init?: RequestInit) => fetch(base + path, init);
  }

  it("is answered 503 with Retry-After and a translated 'service busy' page instead of a blank error shell", async () => {
    const fetchPage = await portal(500, 95_000);
    const response = await fetchPage("/layanan");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await response.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("<h1>Layanan sedang sibuk</h1>");
    expect(html).toContain('lang="en">The service is busy.');
    expect(html).not.toContain("__next_error__");

    const english = await fetchPage("/layanan", { headers: { cookie: "lang=en" } });
    expect(english.headers.get("content-language")).toBe("en");
    expect(await english.text()).toContain("<h1>The service is busy</h1>");
  });

  it("answers a form post the same way, so a browser without JavaScript reads why its post did not go through", async () => {
    const fetchPage = await portal(500, 99_000);
    const response = await fetchPage("/permohonan/abc/periksa", { method: "POST", body: "declaration=on" });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Layanan sedang sibuk");
  });

  it("leaves an error alone when the database has not failed lately, and leaves API answers and good pages alone", async () => {
    const stale = await portal(500, 100_000 - 60_000);
    const bug = await stale("/layanan");
    expect(bug.status).toBe(500);
    expect(await bug.text()).toContain("__next_error__");
    close?.();

    const recent = await portal(500, 99_000);
    const api = await recent("/api/permohonan/abc/dokumen");
    expect(api.status).toBe(500);
    close?.();

    const healthy = await portal(200, 99_000);
    const page = await healthy("/layanan");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("__next_error__");
  });
});
