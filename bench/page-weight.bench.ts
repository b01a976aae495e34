/**
 * Issue 10, item 5: what a citizen's phone downloads and how the pages score.
 *
 * For the home page, a service page, the application form and the two
 * tracking pages (the public tracking form and a signed-in citizen's
 * application), on the built app (`npm start`):
 *   JavaScript (gzip): every script file the page loads, as transferred
 *   (Lighthouse's resource summary; Next.js gzips), plus the inline
 *   scripts (the React payload) gzipped; target ≤ 150 KB.
 *   Lighthouse 12 mobile (its default: Moto G Power, slow 4G, 4× CPU
 *   throttling, simulated): performance ≥ 95, accessibility 100; the median
 *   of three runs per page.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { otherLoad } from "./lib/machine";
import { seededDatabase, sessionCookieFor, startPortal } from "./lib/portal";
import type { Comparison } from "./lib/report";

const PORT = Number(process.env.BENCH_PAGES_PORT ?? 3604);
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const JS_BUDGET_KB = 150;
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

type PageResult = {
  page: string;
  path: string;
  scriptKb: number;
  inlineKb: number;
  totalKb: number;
  scripts: { file: string; kb: number }[];
  performance: number[];
  accessibility: number[];
  failedA11y: string[];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<BenchResult> {
  const name = "citizen page weight and Lighthouse (mobile)";
  if (!process.env.TEST_DATABASE_URL) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL unset" };
  if (!existsSync(CHROME_PATH))
    return {
      name,
      items: 0,
      totalMs: 0,
      itemsPerSecond: 0,
      skipped: `skipped: no Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`,
    };

  const databaseUrl = await seededDatabase("bench_pages");
  process.env.DATABASE_URL = databaseUrl;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
  const { completeDraft, createCitizen, submittedApplication, KTP_SLUG } = await import("@/tests/fixtures/applications");
  const { db } = await import("@/lib/platform/db");
  const citizen = await createCitizen();
  const draft = await completeDraft(citizen);
  const submitted = await submittedApplication(citizen);
  await db.$disconnect();

  const portal = await startPortal({ port: PORT, databaseUrl });
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const started = performance.now();
  try {
    const cookie = await sessionCookieFor(portal, citizen.actor.email);
    const pages: { page: string; path: string; signedIn: boolean }[] = [
      { page: "home", path: "/", signedIn: false },
      { page: "service page", path: `/layanan/${KTP_SLUG}`, signedIn: false },
      { page: "application form", path: `/permohonan/${draft.id}/isi`, signedIn: true },
      { page: "tracking (public)", path: "/lacak", signedIn: false },
      { page: "tracking (own application)", path: `/permohonan/${submitted.id}`, signedIn: true },
    ];
    const load = otherLoad();
    const results: PageResult[] = [];
    const only = process.env.BENCH_PAGES_ONLY?.split(",");
    for (const page of pages.filter((candidate) => !only || only.includes(candidate.page))) {
      const url = `${portal.url}${page.path}`;
      const headers: Record<string, string> = page.signedIn ? { cookie } : {};
      const html = await (await fetch(url, { headers })).text();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join("\n");
      const inlineKb = gzipSync(inline).length / 1024;
      const result: PageResult = {
        page: page.page,
        path: page.path,
        scriptKb: 0,
        inlineKb: Number(inlineKb.toFixed(1)),
        totalKb: 0,
        scripts: [],
        performance: [],
        accessibility: [],
        failedA11y: [],
      };
      let retries = 0;
      for (let attempt = 0; attempt < RUNS; attempt++) {
        const outcome = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
          disableStorageReset: false,
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = outcome;
        if (lhr.runtimeError) {
          // Lighthouse's own advice for a lost trace ("Please run Lighthouse again"): up to RUNS extra runs per page, then the bench fails.
          if (retries++ < RUNS) {
            console.log(`  ${page.page}: Lighthouse run failed (${lhr.runtimeError.code}), running it again`);
            attempt -= 1;
            continue;
          }
          throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        }
        if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
          throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (not signed in?)`);
        result.performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        result.accessibility.push(Math.round((lhr.categories.accessibility?.score ?? 0) * 100));
        const summary = lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
        result.scriptKb = Math.max(
          result.scriptKb,
          Number(((summary?.items?.find((item) => item.resourceType === "script")?.transferSize ?? 0) / 1024).toFixed(1)),
        );
        const requests = lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined;
        // Which files make up the weight, largest first: where to look when a page grows.
        result.scripts = (requests?.items ?? [])
          .filter((item) => item.resourceType === "Script")
          .map((item) => ({ file: new URL(item.url).pathname, kb: Number(((item.transferSize ?? 0) / 1024).toFixed(1)) }))
          .sort((a, b) => b.kb - a.kb);
        result.failedA11y = Object.values(lhr.audits)
          .filter((audit) => audit.score === 0 && (lhr.categories.accessibility?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0))
          .map((audit) => audit.id);
      }
      result.totalKb = Number((result.scriptKb + result.inlineKb).toFixed(1));
      results.push(result);
      console.log(
        `  ${page.page} (${page.path}): JS ${result.totalKb} KB gz (${result.scriptKb} files + ${result.inlineKb} inline); performance ${result.performance.join("/")}, accessibility ${result.accessibility.join("/")}${result.failedA11y.length ? ` (failing: ${result.failedA11y.join(", ")})` : ""}`,
      );
    }

    const comparisons: Comparison[] = results.flatMap((result) => [
      {
        label: `${result.page}: JavaScript (gzip)`,
        value: result.totalKb,
        unit: "KB",
        target: `≤ ${JS_BUDGET_KB} KB`,
        pass: result.totalKb <= JS_BUDGET_KB,
        detail: `${result.scriptKb} KB script files + ${result.inlineKb} KB inline (React payload)`,
      },
      {
        label: `${result.page}: Lighthouse mobile performance`,
        value: median(result.performance),
        unit: "score",
        target: "≥ 95",
        pass: median(result.performance) >= 95,
        detail: `median of ${result.performance.join(", ")}`,
      },
      {
        label: `${result.page}: Lighthouse accessibility`,
        value: median(result.accessibility),
        unit: "score",
        target: "100",
        pass: median(result.accessibility) === 100,
        detail: result.failedA11y.length ? `failing: ${result.failedA11y.join(", ")}` : `runs ${result.accessibility.join(", ")}`,
      },
    ]);
    const totalMs = performance.now() - started;
    return {
      name,
      items: results.length * RUNS,
      totalMs,
      itemsPerSecond: ((results.length * RUNS) / totalMs) * 1000,
      comparisons,
      notes: [
        `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version} on ${CHROME_PATH}, default mobile settings (simulated throttling), ${RUNS} runs per page, median reported. Simulated throttling scales what the CPU really did, so a busy machine lowers performance scores: load per core at the start ${load.loadPerCore}${load.busy ? " (shared machine)" : ""}.`,
      ],
      details: { pages: results },
    };
  } finally {
    chrome.kill();
    await portal.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
