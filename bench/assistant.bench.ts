/**
 * Tanya SatuPintu's answer time (issue 21: p95 < 50 ms): every question of
 * the labelled set (lib/assistant/labelled-questions.ts) answered against
 * the seeded catalog, as /tanya does it (intent, service recognition on
 * PostgreSQL, the standard in force), without the page around it.
 * Fast (a seeded database and a few hundred answers). Run alone with
 * `npm run bench -- assistant`, or `npx tsx --conditions=react-server bench/assistant.bench.ts`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index";
import { seededDatabase } from "./lib/portal";
import { percentile, round } from "./lib/stats";

const PASSES = 3;
const TARGET_P95_MS = 50;

export async function run(): Promise<BenchResult> {
  if (!process.env.TEST_DATABASE_URL) {
    return { name: "assistant answers", items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL is not set" };
  }
  // The app's modules read these lazily, on first use.
  process.env.DATABASE_URL = await seededDatabase("bench_assistant");
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  const { answerQuestion } = await import("@/lib/assistant/answer");
  const { LABELLED_QUESTIONS } = await import("@/lib/assistant/labelled-questions");
  const { ANONYMOUS } = await import("@/lib/auth/actor");

  const ask = (question: string) => answerQuestion(ANONYMOUS, { question }, { locale: "id" });
  for (const item of LABELLED_QUESTIONS) await ask(item.q); // warm: connections, plans, parsed standards
  const samples: number[] = [];
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const item of LABELLED_QUESTIONS) {
      const before = performance.now();
      await ask(item.q);
      samples.push(performance.now() - before);
    }
  }
  const totalMs = performance.now() - started;
  const p50 = round(percentile(samples, 50));
  const p95 = round(percentile(samples, 95));
  console.log(`assistant: ${samples.length} answers, p50 ${p50} ms, p95 ${p95} ms`);
  return {
    name: "assistant answers",
    items: samples.length,
    totalMs: round(totalMs),
    itemsPerSecond: round((samples.length / totalMs) * 1000),
    comparisons: [
      { label: "answer time p95", value: p95, unit: "ms", target: `p95 < ${TARGET_P95_MS} ms`, pass: p95 < TARGET_P95_MS, detail: `p50 ${p50} ms` },
    ],
    notes: ["One question after another on one connection, the labelled set's 180+ questions three times; the page's rendering is not included."],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
  process.exit(0);
}
