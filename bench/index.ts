/**
 * Runs every bench/*.bench.ts module's exported `run()` in turn and writes
 * bench/report.json and bench/report.md. `npm run bench`; not part of `npm test`.
 */
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type BenchResult = {
  name: string;
  items: number;
  totalMs: number;
  itemsPerSecond: number;
  /** Anything else worth keeping: comparisons, distributions, sizes. */
  details?: Record<string, unknown>;
};

type BenchModule = { run?: () => BenchResult | Promise<BenchResult> };

const benchDirectory = import.meta.dirname;

async function main() {
  const files = readdirSync(benchDirectory)
    .filter((file) => file.endsWith(".bench.ts"))
    .sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    const benchModule = (await import(pathToFileURL(path.join(benchDirectory, file)).href)) as BenchModule;
    if (typeof benchModule.run !== "function") throw new Error(`${file} does not export run()`);
    console.log(`\n▶ ${file}`);
    results.push(await benchModule.run());
  }

  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpuCount: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    platform: `${os.platform()} ${os.arch()}`,
  };
  writeFileSync(path.join(benchDirectory, "report.json"), `${JSON.stringify({ ...environment, results }, null, 2)}\n`);

  const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const markdown = [
    "# Benchmark report",
    "",
    `- Date: ${environment.date}`,
    `- Node: ${environment.node}`,
    `- CPUs: ${environment.cpuCount} × ${environment.cpuModel} (${environment.platform})`,
    "",
    "| Benchmark | Items | Total ms | Items/s |",
    "| --- | ---: | ---: | ---: |",
    ...results.map(
      (result) =>
        `| ${result.name} | ${integer.format(result.items)} | ${result.totalMs.toFixed(1)} | ${integer.format(result.itemsPerSecond)} |`,
    ),
    "",
  ].join("\n");
  writeFileSync(path.join(benchDirectory, "report.md"), markdown);
  console.log(`\n${markdown}`);
}

await main();
