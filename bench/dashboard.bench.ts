/**
 * Transparency dashboard queries (DESIGN.md §8) on a large database: every
 * query a dashboard page runs, for the selections people actually make (this
 * year for all agencies, a two-year custom range, one agency's quarter, one
 * service's month, a supervisor's year), each timed many times; p95 must
 * stay under 200 ms.
 *
 * Uses the large database (BENCH_DATABASE_URL, or TEST_DATABASE_URL + "_large"),
 * filled by bench/large-seed.bench.ts or `DATABASE_URL=<it> npm run db:seed:large`
 * (1,000,000 applications, 200,000 complaints). Without either it is skipped and
 * says so. Captures EXPLAIN ANALYZE of every statement the public page sends.
 * Run alone with `npm run bench -- dashboard`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { explainAll, installCapturingClient, planExcerpt } from "./lib/explain";
import { largeDatabaseUrl } from "./lib/large-database";
import type { Comparison } from "./lib/report";
import { percentile } from "./lib/stats";

const ITERATIONS = Number(process.env.BENCH_DASHBOARD_ITERATIONS ?? 30);
const WARM_UP = 3;
const TARGET_P95_MS = 200;

type Timing = { query: string; samples: number[] };

export async function run(): Promise<BenchResult> {
  const url = largeDatabaseUrl();
  if (!url) {
    console.log("dashboard: skipped, neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set (point it at a database filled by `npm run db:seed:large`).");
    return { name: "dashboard queries", items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set" };
  }
  // The app's modules read these lazily, on first use.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.DATABASE_POOL_MAX ||= "10";
  const capture = await installCapturingClient(url, Number(process.env.DATABASE_POOL_MAX));

  const { db } = await import("@/lib/platform/db");
  const queries = await import("@/lib/dashboard/queries");
  const { dashboardCatalog, computeDashboard, parseSelection, portalToday } = await import("@/lib/dashboard/view");
  const { lastRefresh } = await import("@/lib/dashboard/refresh");

  const [applications, complaints, surveys, refreshed] = await Promise.all([
    db.application.count(),
    db.complaint.count(),
    db.surveyResponse.count(),
    lastRefresh(),
  ]);
  console.log(
    `dashboard: ${applications.toLocaleString("en")} applications, ${complaints.toLocaleString("en")} complaints, ${surveys.toLocaleString("en")} surveys; rollups as of ${refreshed?.refreshedAt.toISOString() ?? "never"}`,
  );
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
      queries.latestSurveyComments(scope.agencyIds, {
        fromInstant: new Date(`${range.from}T00:00:00+07:00`),
        toInstant: new Date(`${range.to}T23:59:59+07:00`),
      }),
    );
    await time("last refresh", () => lastRefresh());
    await time("whole public page (all queries in parallel)", () => computeDashboard(selection, { audience: "public", agencyIds: null, catalog }));
    await time("whole supervisor page (all queries in parallel)", () => computeDashboard(selection, { audience: "supervisor", agencyIds: null, catalog }));
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

  // The plans behind the public page for this year's selection.
  const yearSelection = selections["all agencies, this year"];
  capture.on();
  await computeDashboard(yearSelection, { audience: "public", agencyIds: null, catalog });
  const plans = await explainAll(url, capture.off());
  await db.$disconnect();
  const comparisons: Comparison[] = rows.map((row) => ({
    label: `dashboard: ${row.query}`,
    value: row.p95Ms,
    unit: "ms p95",
    target: row.query.startsWith("whole") ? "informational (queries run in parallel)" : `< ${TARGET_P95_MS} ms`,
    pass: row.query.startsWith("whole") || row.p95Ms < TARGET_P95_MS,
    detail: `p50 ${row.p50Ms} ms, max ${row.maxMs} ms, ${row.runs} runs`,
  }));
  const notes = [
    `${applications.toLocaleString("en")} applications, ${complaints.toLocaleString("en")} complaints, ${surveys.toLocaleString("en")} survey responses. Figures come from rollup tables the job worker keeps current (lib/dashboard/refresh.ts), so the page reads rollups, not the million rows; the backlog reads open applications through an index. ${ITERATIONS} timed runs per query and selection.`,
    ...plans.map(
      (plan) =>
        `EXPLAIN (public page, this year):\n\n\`\`\`\n${plan.sql.slice(0, 300)}${plan.sql.length > 300 ? " …" : ""}\n\n${planExcerpt(plan.plan, 10)}\n\`\`\``,
    ),
  ];
  return {
    name: `dashboard queries on ${applications.toLocaleString("en")} applications (worst p95 ${worstP95} ms)`,
    items,
    totalMs,
    itemsPerSecond: (items / totalMs) * 1000,
    comparisons,
    notes,
    details: {
      plans,
      applications,
      complaints,
      surveys,
      iterationsPerSelection: ITERATIONS,
      selections: Object.keys(selections),
      targetP95Ms: TARGET_P95_MS,
      worstP95Ms: worstP95,
      queries: rows,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
