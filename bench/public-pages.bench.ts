/**
 * Issue 10, item 1: the public pages under load, side by side with their floor.
 *
 * For the home page, the catalog, a service standard and the transparency
 * dashboard, at 50 connections with `wrk` (a warm-up, then 15 s measured):
 *   floor  — nginx serving the same rendered HTML as a static file;
 *   origin — the portal itself (scripts/serve.mjs: Next.js behind the portal's
 *            page micro-cache, as `npm start` runs it);
 *   rendering — informational: the same with the page cache off, every request rendered;
 *   cached — the portal behind nginx proxy_cache as deploy/nginx/satupintu.conf configures it.
 * Targets: origin ≥ 3% of floor with p99 < 100 ms; cached ≥ 50% of floor.
 *
 * Before loading, it checks the cache contract over HTTP: anonymous pages are
 * `public, s-maxage, stale-while-revalidate`; signed-in ones `private,
 * no-store` and never served from or stored in nginx's cache; the language
 * is part of the cache key; no cached page carries what the header shows a signed-in visitor (account links, unread count).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { BenchResult } from "./index";
import { otherLoad } from "./lib/machine";
import { hasNginx, startNginx } from "./lib/nginx";
import { seededDatabase, sessionCookieFor, startPortal } from "./lib/portal";
import { ratioOf, type Comparison } from "./lib/report";
import { hasWrk, wrk, type WrkResult } from "./lib/wrk";

const PORTAL_PORT = Number(process.env.BENCH_PORTAL_PORT ?? 3600);
const CACHED_PORT = Number(process.env.BENCH_NGINX_PORT ?? 8600);
const STATIC_PORT = CACHED_PORT + 1;
const SECONDS = Number(process.env.BENCH_WRK_SECONDS ?? 15);
const CONNECTIONS = 50;
const SIGNED_IN_EMAIL = "siti.rahayu@warga.test";
/** What the site header renders only for a signed-in visitor (components/layout/site-header.tsx): their account and notification links. */
const SIGNED_IN_MARK = /href="\/(akun|notifikasi)"/;

type Check = { check: string; pass: boolean; detail: string };

export async function run(): Promise<BenchResult> {
  const name = "public pages: static floor vs origin vs nginx proxy_cache";
  const missing = [!process.env.TEST_DATABASE_URL && "TEST_DATABASE_URL", !hasWrk() && "wrk", !hasNginx() && "nginx"].filter(Boolean);
  if (missing.length > 0) {
    const skipped = `skipped: ${missing.join(", ")} missing (apt-get install -y wrk nginx; export TEST_DATABASE_URL)`;
    console.log(`public pages: ${skipped}`);
    return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped };
  }

  const databaseUrl = await seededDatabase("bench_web");
  const slug = await firstPublishedServiceSlug(databaseUrl);
  const pages = { home: "/", catalog: "/layanan", "service standard": `/layanan/${slug}`, transparency: "/transparansi" };
  const portal = await startPortal({ port: PORTAL_PORT, databaseUrl });
  const rendering = await startPortal({ port: PORTAL_PORT + 5, databaseUrl, env: { SATUPINTU_PAGE_CACHE: "off" } });
  const staticRoot = path.join("/tmp", `satupintu-bench-${PORTAL_PORT}`, "static");
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  const started = performance.now();
  try {
    // The floor serves exactly what the portal renders for an anonymous visitor.
    for (const [label, pagePath] of Object.entries(pages)) {
      const response = await fetch(`${portal.url}${pagePath}`);
      if (response.status !== 200) throw new Error(`${label} (${pagePath}) answered ${response.status}`);
      const directory = path.join(staticRoot, pagePath);
      mkdirSync(directory, { recursive: true });
      writeFileSync(path.join(directory, "index.html"), await response.text());
    }
    nginx = await startNginx({
      directory: path.join("/tmp", `satupintu-bench-${PORTAL_PORT}`, "nginx"),
      cachedPort: CACHED_PORT,
      staticPort: STATIC_PORT,
      staticRoot,
      upstream: `127.0.0.1:${PORTAL_PORT}`,
    });
    const cachedUrl = `http://127.0.0.1:${CACHED_PORT}`;
    const cookie = await sessionCookieFor(portal, SIGNED_IN_EMAIL);
    const checks = await checkCacheContract(portal.url, cachedUrl, pages, cookie);
    for (const check of checks) console.log(`  ${check.pass ? "✓" : "✗"} ${check.check}: ${check.detail}`);

    const load = otherLoad();
    const comparisons: Comparison[] = [];
    const runs: Record<string, { floor: WrkResult; origin: WrkResult; rendered: WrkResult; cached: WrkResult }> = {};
    for (const [label, pagePath] of Object.entries(pages)) {
      const floor = await wrk(`http://127.0.0.1:${STATIC_PORT}${pagePath}`, { connections: CONNECTIONS, seconds: SECONDS });
      const origin = await wrk(`${portal.url}${pagePath}`, { connections: CONNECTIONS, seconds: SECONDS });
      const rendered = await wrk(`${rendering.url}${pagePath}`, { connections: CONNECTIONS, seconds: SECONDS });
      const cached = await wrk(`${cachedUrl}${pagePath}`, { connections: CONNECTIONS, seconds: SECONDS });
      runs[label] = { floor, origin, rendered, cached };
      const summary = (result: WrkResult) =>
        `${result.requestsPerSecond} req/s, p99 ${result.latencyMs.p99} ms${result.non2xx + result.socketErrors > 0 ? `, ${result.non2xx} non-2xx, ${result.socketErrors} socket errors` : ""}`;
      console.log(`  ${label}: floor ${summary(floor)} · origin ${summary(origin)} · rendering ${summary(rendered)} · cached ${summary(cached)}`);
      const originRatio = ratioOf(origin.requestsPerSecond, floor.requestsPerSecond);
      const cachedRatio = ratioOf(cached.requestsPerSecond, floor.requestsPerSecond);
      comparisons.push(
        {
          label: `${label} (${pagePath}): origin`,
          value: origin.requestsPerSecond,
          unit: "req/s",
          floor: floor.requestsPerSecond,
          ratio: originRatio,
          target: "≥ 3% of floor, p99 < 100 ms",
          pass: originRatio >= 0.03 && origin.latencyMs.p99 < 100 && origin.non2xx === 0,
          detail: `p99 ${origin.latencyMs.p99} ms (floor p99 ${floor.latencyMs.p99} ms)`,
        },
        {
          label: `${label} (${pagePath}): origin rendering every request (page cache off)`,
          value: rendered.requestsPerSecond,
          unit: "req/s",
          floor: floor.requestsPerSecond,
          ratio: ratioOf(rendered.requestsPerSecond, floor.requestsPerSecond),
          target: "informational: the cost of a render",
          pass: rendered.non2xx === 0,
          detail: `p99 ${rendered.latencyMs.p99} ms`,
        },
        {
          label: `${label} (${pagePath}): behind nginx proxy_cache`,
          value: cached.requestsPerSecond,
          unit: "req/s",
          floor: floor.requestsPerSecond,
          ratio: cachedRatio,
          target: "≥ 50% of floor",
          pass: cachedRatio >= 0.5 && cached.non2xx === 0,
          detail: `p99 ${cached.latencyMs.p99} ms`,
        },
      );
    }
    const totalMs = performance.now() - started;
    const requests = Object.values(runs).reduce((sum, run) => sum + run.floor.requests + run.origin.requests + run.rendered.requests + run.cached.requests, 0);
    return {
      name,
      items: requests,
      totalMs,
      itemsPerSecond: (requests / totalMs) * 1000,
      comparisons: [
        ...checks.map((check) => ({
          label: `cache contract: ${check.check}`,
          value: check.pass ? 1 : 0,
          unit: "check",
          target: "holds",
          pass: check.pass,
          detail: check.detail,
        })),
        ...comparisons,
      ],
      notes: [
        `wrk -t2 -c${CONNECTIONS} -d${SECONDS}s --latency after a 5 s warm-up; wrk, nginx, the portal and PostgreSQL share the same ${"machine"}.`,
        `load per core when the load started: ${load.loadPerCore}${load.busy ? " (the machine was shared with other work)" : ""}.`,
        "nginx runs deploy/nginx/satupintu.conf unchanged except its listen port, upstream address and cache directory.",
        "origin is the portal as `npm start` serves it: Next.js behind its own page micro-cache (scripts/lib/page-cache.mjs: anonymous shareable pages kept 2 s fresh, then served stale for up to 10 s while one request renders them again). The informational rendering rows turn that cache off (SATUPINTU_PAGE_CACHE=off), so every request renders.",
      ],
      details: { pages, runs },
    };
  } finally {
    await nginx?.stop();
    await rendering.stop();
    await portal.stop();
  }
}

async function firstPublishedServiceSlug(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(`SELECT "slug" FROM "Service" WHERE "status" = 'PUBLISHED' ORDER BY "slug" LIMIT 1`);
    if (!rows[0]) throw new Error("no published service in the seeded database");
    return rows[0].slug;
  } finally {
    await client.end();
  }
}

/** The shared-cache contract, asserted over HTTP against the running portal and nginx. */
async function checkCacheContract(originUrl: string, cachedUrl: string, pages: Record<string, string>, cookie: string): Promise<Check[]> {
  const checks: Check[] = [];
  for (const [label, pagePath] of Object.entries(pages)) {
    const anonymous = await fetch(`${originUrl}${pagePath}`);
    const cacheControl = anonymous.headers.get("cache-control") ?? "";
    checks.push({
      check: `${label}: anonymous visitors get a shareable page`,
      pass: /\bpublic\b/.test(cacheControl) && /s-maxage=\d+/.test(cacheControl) && /stale-while-revalidate=\d+/.test(cacheControl),
      detail: cacheControl,
    });
    const signedIn = await fetch(`${originUrl}${pagePath}`, { headers: { cookie } });
    const signedInHtml = await signedIn.text();
    const signedInControl = signedIn.headers.get("cache-control") ?? "";
    checks.push({
      check: `${label}: a signed-in visitor's page (their account links, unread count) is private`,
      pass:
        /\bprivate\b/.test(signedInControl) &&
        /no-store/.test(signedInControl) &&
        SIGNED_IN_MARK.test(signedInHtml) &&
        !SIGNED_IN_MARK.test(await anonymous.text()),
      detail: `${signedInControl}; rendered signed in: ${SIGNED_IN_MARK.test(signedInHtml)}`,
    });
  }
  const home = pages.home!;
  // Through nginx: a signed-in request first (must bypass and not store), then anonymous ones.
  const viaCacheSignedIn = await fetch(`${cachedUrl}${home}?probe=signed-in`, { headers: { cookie } });
  const signedInStatus = viaCacheSignedIn.headers.get("x-cache-status");
  await viaCacheSignedIn.text();
  const first = await fetch(`${cachedUrl}${home}?probe=signed-in`);
  const firstHtml = await first.text();
  const second = await fetch(`${cachedUrl}${home}?probe=signed-in`);
  await second.text();
  checks.push({
    check: "nginx: a signed-in request neither reads nor fills the cache",
    pass:
      signedInStatus === "BYPASS" &&
      first.headers.get("x-cache-status") === "MISS" &&
      !SIGNED_IN_MARK.test(firstHtml) &&
      second.headers.get("x-cache-status") === "HIT",
    detail: `signed-in ${signedInStatus}, then anonymous ${first.headers.get("x-cache-status")} (rendered anonymous: ${!SIGNED_IN_MARK.test(firstHtml)}), then ${second.headers.get("x-cache-status")}`,
  });
  const indonesian = await (await fetch(`${cachedUrl}${home}?probe=lang`)).text();
  const englishResponse = await fetch(`${cachedUrl}${home}?probe=lang`, { headers: { cookie: "lang=en" } });
  const english = await englishResponse.text();
  const langOf = (html: string) => /<html[^>]*\blang="([a-z]+)"/.exec(html)?.[1];
  checks.push({
    check: "nginx: the language is part of the cache key",
    pass: langOf(indonesian) === "id" && langOf(english) === "en" && englishResponse.headers.get("content-language") === "en",
    detail: `no cookie → lang="${langOf(indonesian)}", lang=en cookie → lang="${langOf(english)}"`,
  });
  return checks;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
