/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported `run()` in
 * turn and writes bench/report.json and bench/report.md: the machine, then
 * each benchmark's measurements beside their floors and targets. Not part of
 * `npm test`. Run it under the shared lock on a shared machine:
 * `flock /tmp/satupintu-e2e.lock npm run bench`.
 *
 * Needs TEST_DATABASE_URL (a PostgreSQL server; each benchmark makes its own
 * database from its name), and for the load parts `wrk`, `nginx`, `pgbench`
 * and Chromium; a benchmark whose tool is missing is skipped and the report
 * says so. `npm run bench -- public-pages queue` runs only those.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeMachine, otherLoad } from "./lib/machine";
import { formatReport } from "./lib/markdown";
import type { Comparison } from "./lib/report";

export type BenchResult = {
  name: string;
  items: number;
  totalMs: number;
  itemsPerSecond: number;
  /** Each measured value beside its floor and target (issue 10): the report's pass/fail lines. */
  comparisons?: Comparison[];
  /** Why it did not run (a missing tool or database), stated in the report. */
  skipped?: string;
  /** Anything the reader needs to interpret the numbers (EXPLAIN plans, seed timing, checks). */
  notes?: string[];
  /** Anything else worth keeping: comparisons, distributions, sizes. */
  details?: Record<string, unknown>;
};

/** Each benchmark in a process of its own (bench/lib/run-one.ts): they must not share the app's process-wide database client. */
function runAlone(file: string): Promise<BenchResult> {
  const output = path.join(os.tmpdir(), `satupintu-bench-${process.pid}-${file}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(benchDirectory, "lib", "run-one.ts"), file, output], {
      stdio: "inherit",
    });
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`${file} exited ${code}`));
      try {
        resolve(JSON.parse(readFileSync(output, "utf8")) as BenchResult);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

const benchDirectory = import.meta.dirname;

/** The large database is seeded before the benchmarks that read it; the rest follow in the issue's order. */
const ORDER = [
  "public-pages",
  "signed-in-pages",
  "submission",
  "large-seed",
  "queue",
  "dashboard",
  "sse",
  "page-weight",
  "sla-status",
  "payment-notifications",
];

function benchFiles(only: readonly string[]): string[] {
  const files = readdirSync(benchDirectory).filter((file) => file.endsWith(".bench.ts"));
  const rank = (file: string) => {
    const index = ORDER.indexOf(file.replace(/\.bench\.ts$/, ""));
    return index < 0 ? ORDER.length : index;
  };
  return files.filter((file) => only.length === 0 || only.includes(file.replace(/\.bench\.ts$/, ""))).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** `node`: the Node.js version the section ran on (the same build serves signed-in pages about 1.6 times as fast on 24 as on 20: bench/signed-in-pages.findings.md). */
type ReportedResult = BenchResult & { file: string; loadPerCoreAfter: number; measuredAt?: string; node?: string };

/**
 * `npm run bench -- <name>` replaces that benchmark's section and keeps the
 * others from the last report.json, each marked with when it was measured,
 * so a partial run does not erase the rest of the report.
 */
function withEarlierResults(results: readonly ReportedResult[], date: string): ReportedResult[] {
  let earlier: { machine?: { date?: string; node?: string }; results?: ReportedResult[] } = {};
  try {
    earlier = JSON.parse(readFileSync(path.join(benchDirectory, "report.json"), "utf8")) as typeof earlier;
  } catch {
    // no earlier report
  }
  const fresh = new Map(results.map((result) => [result.file, { ...result, measuredAt: date, node: process.version }]));
  const kept = (earlier.results ?? [])
    .filter((result) => !fresh.has(result.file))
    .map((result) => ({ ...result, measuredAt: result.measuredAt ?? earlier.machine?.date, node: result.node ?? earlier.machine?.node }));
  const rank = (file: string) => {
    const index = ORDER.indexOf(file.replace(/\.bench\.ts$/, ""));
    return index < 0 ? ORDER.length : index;
  };
  return [...kept, ...fresh.values()].sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file));
}

async function main() {
  const only = process.argv.slice(2);
  const machine = await describeMachine(process.env.TEST_DATABASE_URL);
  console.log(`machine: ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, load ${machine.loadAverageAtStart.join(" ")}`);
  const results: ReportedResult[] = [];
  for (const file of benchFiles(only)) {
    console.log(`\n▶ ${file}`);
    try {
      results.push({ ...(await runAlone(file)), file, loadPerCoreAfter: otherLoad().loadPerCore });
    } catch (error) {
      console.error(error);
      results.push({
        name: file,
        items: 0,
        totalMs: 0,
        itemsPerSecond: 0,
        skipped: `failed: ${(error as Error).message}`,
        file,
        loadPerCoreAfter: otherLoad().loadPerCore,
      });
    }
  }
  const merged =
    only.length > 0 ? withEarlierResults(results, machine.date) : results.map((result) => ({ ...result, measuredAt: machine.date, node: machine.node }));
  writeFileSync(path.join(benchDirectory, "report.json"), `${JSON.stringify({ machine, results: merged }, null, 2)}\n`);
  const markdown = formatReport(machine, merged);
  writeFileSync(path.join(benchDirectory, "report.md"), markdown);
  console.log(`\n${markdown}`);
  // Pools and timers the app's modules left behind must not keep the process alive.
  process.exit(0);
}

await main();
