/**
 * Transparency dashboard queries (DESIGN.md §8) on a large database: every
 * query a dashboard page runs, for the selections people actually make (this
 * year for all agencies, a two-year custom range, one agency's quarter, one
 * service's month, a supervisor's year), each timed many times; p95 must
 * stay under 200 ms.
 *
 * Needs BENCH_DATABASE_URL: a PostgreSQL database filled by
 * `DATABASE_URL=<it> npm run db:seed:large` (1,000,000 applications, 200,000
 * complaints). Without it the benchmark is skipped and says so. Run alone with
 * `BENCH_DATABASE_URL=… npx tsx --conditions=react-server bench/dashboard.bench.ts`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";

const ITERATIONS = Number(process.env.BENCH_DASHBOARD_ITERATIONS ?? 30);
const WARM_UP = 3;
const TARGET_P95_MS = 200;

type Timing = { query: string; samples: number[] };

function percentile(samples: readonly number[], percent: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
}

export async function run(): Promise<BenchResult> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.log("dashboard: skipped, BENCH_DATABASE_URL is unset (point it at a database filled by `npm run db:seed:large`).");
    return { name: "dashboard queries (skipped: BENCH_DATABASE_URL unset)", items: 0, totalMs: 0, itemsPerSecond: 0, details: { skipped: true } };
  }
  // The app's modules read these lazily, on first use.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.DATABASE_POOL_MAX ||= "10";

  const { db } = await import("@/lib/platform/db");
  const queries = await import("@/lib/dashboard/queries");
  const { dashboardCatalog, loadDashboard, parseSelection, portalToday } = await import("@/lib/dashboard/view");
  const { lastRefresh } = await import("@/lib/dashboard/refresh");

  const [applications, complaints, surveys, refreshed] = await Promise.all([
    db.application.count(),
    db.complaint.count(),
    db.surveyResponse.count(),
    lastRefresh(),
  ]);
  console.log(`dashboard: ${applications.toLocaleString("en")} applications, ${complaints.toLocaleString("en")} complaints, ${surveys.toLocaleString("en")} surveys; rollups as of ${refreshed?.refreshedAt.toISOString() ?? "never"}`);
  if (!refreshed) throw new Error("the rollups were never built: run npm run db:seed:large (it rebuilds them)");

  const catalog = await dashboardCatalog();
  const today = portalToday();
  const year = today.slice(0, 4);
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const busiest = catalog.agencies.find((agency) => agency.code === "DISDUKCAPIL") ?? catalog.agencies[0]!;
  const busiestService = catalog.services.find((service) => service.agencyId === busiest.id)!;
  const twoYearsAgo = `${Number(year) - 2}-${today.slice(5)}`;
  const selections = {
    "all agencies, this year": parseSelection({ periode: "tahun", tahun: year }, catalog, today),
    "all agencies, last two years": parseSelection({ periode: "rentang", dari: twoYearsAgo, sampai: today }, catalog, today),
    "one agency, this quarter": parseSelection({ periode: "triwulan", triwulan: `${year}-${quarter}`, instansi: busiest.slug }, catalog, today),
    "one service, this month": parseSelection({ periode: "bulan", bulan: today.slice(0, 7), layanan: busiestService.slug }, catalog, today),
  };

  const timings = new Map<string, Timing>();
  async function time(query: string, fn: () => Promise<unknown>) {
    for (let i = 0; i < WARM_UP; i++) await fn();
    const timing = timings.get(query) ?? { query, samples: [] };
    for (let i = 0; i < ITERATIONS; i++) {
      const started = performance.now();
      await fn();
      timing.samples.push(performance.now() - started);
    }
    timings.set(query, timing);
  }

  const started = performance.now();
  for (const [label, selection] of Object.entries(selections)) {
    const scope = { agencyIds: selection.agency ? [selection.agency.id] : null, serviceId: selection.service?.id ?? null };
    const groupBy = selection.agency ? "service" : "agency";
    const range = { from: selection.period.from, to: selection.period.to };
    console.log(`  ${label}: ${range.from} – ${range.to}`);
    await time("volumes, SLA and survey totals per unit", () => queries.flowTotals(scope, range, groupBy));
    await time("processing time histogram per unit (median, p90)", () => queries.durationHistograms("P", scope, range, groupBy));
    await time("complaint response histogram per unit (median)", () => queries.durationHistograms("C", scope, range, groupBy));
    await time("trend per day/week/month", () => queries.trendTotals(scope, range, selection.granularity));
    await time("backlog by SLA status and age", () => queries.backlogCells(scope, groupBy));
    await time("complaints unanswered and overdue", () => queries.openComplaints(scope, range, groupBy));
    await time("supervisor: officer throughput and load", () => queries.officerTotals(scope.agencyIds, range));
    await time("supervisor: totals per service (weakest services)", () => queries.flowTotals(scope, range, "service"));
    await time("supervisor: latest survey comments", () =>
      queries.latestSurveyComments(scope.agencyIds, { fromInstant: new Date(`${range.from}T00:00:00+07:00`), toInstant: new Date(`${range.to}T23:59:59+07:00`) }),
    );
    await time("last refresh", () => lastRefresh());
    await time("whole public page (all queries in parallel)", () => loadDashboard(selection, { audience: "public", agencyIds: null, catalog }));
    await time("whole supervisor page (all queries in parallel)", () => loadDashboard(selection, { audience: "supervisor", agencyIds: null, catalog }));
  }
  const totalMs = performance.now() - started;

  const rows = [...timings.values()].map((timing) => ({
    query: timing.query,
    runs: timing.samples.length,
    p50Ms: Number(percentile(timing.samples, 50).toFixed(1)),
    p95Ms: Number(percentile(timing.samples, 95).toFixed(1)),
    maxMs: Number(Math.max(...timing.samples).toFixed(1)),
  }));
  const single = rows.filter((row) => !row.query.startsWith("whole"));
  const worstP95 = Math.max(...single.map((row) => row.p95Ms));
  console.log("\n| Query | Runs | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |");
  for (const row of rows) console.log(`| ${row.query} | ${row.runs} | ${row.p50Ms} | ${row.p95Ms} | ${row.maxMs} |`);
  console.log(`\nworst single-query p95: ${worstP95} ms (target < ${TARGET_P95_MS} ms) ${worstP95 < TARGET_P95_MS ? "✓" : "✗"}`);
  const items = rows.reduce((sum, row) => sum + row.runs, 0);
  await db.$disconnect();
  return {
    name: `dashboard queries on ${applications.toLocaleString("en")} applications (worst p95 ${worstP95} ms)`,
    items,
    totalMs,
    itemsPerSecond: (items / totalMs) * 1000,
    details: { applications, complaints, surveys, iterationsPerSelection: ITERATIONS, selections: Object.keys(selections), targetP95Ms: TARGET_P95_MS, worstP95Ms: worstP95, queries: rows },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
