/**
 * Issue 10, item 3 (queue half): an officer's queue page on 1,000,000
 * applications. Times lib/applications/queue.ts `agencyQueue` (the count,
 * the page of rows, the per-status counts, the services, the calendar, all
 * the page loads) for the busiest agency under the filters officers use,
 * p95 < 50 ms each, and captures EXPLAIN ANALYZE of every statement it sends.
 *
 * Uses the large database (BENCH_DATABASE_URL, or TEST_DATABASE_URL + "_large"),
 * filled by bench/large-seed.bench.ts or `npm run db:seed:large`.
 */
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { explainAll, installCapturingClient, planExcerpt } from "./lib/explain";
import { largeDatabaseUrl } from "./lib/large-database";
import { otherLoad } from "./lib/machine";
import type { Comparison } from "./lib/report";
import { percentile, round } from "./lib/stats";

const ITERATIONS = Number(process.env.BENCH_QUEUE_ITERATIONS ?? 40);
const WARM_UP = 3;
const TARGET_P95_MS = 50;
const OFFICER = "petugas.disdukcapil@harapanjaya.go.id";

export async function run(): Promise<BenchResult> {
  const name = "officer queue page on the large database";
  const url = largeDatabaseUrl();
  if (!url) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set" };
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
  const capture = await installCapturingClient(url, 10);

  const { db } = await import("@/lib/platform/db");
  const { actorFor } = await import("@/tests/fixtures/applications");
  const { agencyQueue, queueAgencies, queueFilterSchema } = await import("@/lib/applications/queue");

  const applications = await db.application.count();
  const actor = await actorFor({ email: OFFICER });
  const agency = (await queueAgencies(actor)).find((candidate) => candidate.code === "DISDUKCAPIL");
  if (!agency) throw new Error(`${OFFICER} has no DISDUKCAPIL queue`);
  const service = await db.service.findFirstOrThrow({ where: { agencyId: agency.id, status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { slug: true } });
  const [agencyRows, openRows] = await Promise.all([
    db.application.count({ where: { agencyId: agency.id } }),
    db.application.count({ where: { agencyId: agency.id, status: { in: ["SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "APPROVED"] } } }),
  ]);
  console.log(
    `  ${applications.toLocaleString("en")} applications; ${agency.code} holds ${agencyRows.toLocaleString("en")}, ${openRows.toLocaleString("en")} open`,
  );

  const views: Record<string, Record<string, string>> = {
    "open cases by due date, page 1": {},
    "open cases by due date, page 20": { hal: "20" },
    "breached cases": { sla: "BREACHED" },
    "one service, by submission": { layanan: service.slug, urut: "diajukan" },
    "completed cases by submission": { status: "COMPLETED", urut: "diajukan" },
  };
  const load = otherLoad();
  const comparisons: Comparison[] = [];
  const notes: string[] = [];
  const explained: Record<string, Awaited<ReturnType<typeof explainAll>>> = {};
  const started = performance.now();
  let items = 0;
  for (const [label, raw] of Object.entries(views)) {
    const filters = queueFilterSchema.parse(raw);
    for (let i = 0; i < WARM_UP; i++) await agencyQueue(actor, agency, filters);
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const since = performance.now();
      await agencyQueue(actor, agency, filters);
      samples.push(performance.now() - since);
    }
    items += samples.length;
    capture.on();
    const page = await agencyQueue(actor, agency, filters);
    explained[label] = await explainAll(url, capture.off());
    const p95 = round(percentile(samples, 95));
    const seqScans = explained[label].flatMap((plan) => plan.seqScans.filter((table) => table === "Application"));
    console.log(
      `  ${label}: p50 ${round(percentile(samples, 50))} ms, p95 ${p95} ms (${page.total.toLocaleString("en")} matching)${seqScans.length ? ", SEQ SCAN on Application" : ""}`,
    );
    comparisons.push({
      label: `queue: ${label}`,
      value: p95,
      unit: "ms p95",
      target: `< ${TARGET_P95_MS} ms, no sequential scan of Application`,
      pass: p95 < TARGET_P95_MS && seqScans.length === 0,
      detail: `p50 ${round(percentile(samples, 50))} ms, max ${round(Math.max(...samples))} ms; ${page.total.toLocaleString("en")} matching`,
    });
  }
  const totalMs = performance.now() - started;
  for (const [label, plans] of Object.entries(explained)) {
    for (const plan of plans.filter((candidate) => /"Application"/.test(candidate.sql))) {
      notes.push(`EXPLAIN (${label}):\n\n\`\`\`\n${plan.sql.slice(0, 400)}${plan.sql.length > 400 ? " …" : ""}\n\n${planExcerpt(plan.plan)}\n\`\`\``);
    }
  }
  await db.$disconnect();
  return {
    name,
    items,
    totalMs,
    itemsPerSecond: (items / totalMs) * 1000,
    comparisons,
    notes: [
      `${applications.toLocaleString("en")} applications; DISDUKCAPIL (the busiest agency): ${agencyRows.toLocaleString("en")}, ${openRows.toLocaleString("en")} open. ${ITERATIONS} timed runs per view after ${WARM_UP} warm-up runs; load per core ${load.loadPerCore}${load.busy ? " (shared machine)" : ""}.`,
      ...notes,
    ],
    details: { applications, agencyRows, openRows, explained },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
