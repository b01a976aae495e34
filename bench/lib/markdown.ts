/** bench/report.md: the machine, a pass/fail summary, then each benchmark with its floors and notes. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BenchResult } from "../index";
import type { Machine } from "./machine";
import { percentText, type Comparison } from "./report";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const number = (value: number) => (Number.isInteger(value) ? integer.format(value) : value.toLocaleString("en-US", { maximumFractionDigits: 2 }));

function comparisonRow(comparison: Comparison): string {
  const value = `${number(comparison.value)} ${comparison.unit}`;
  const floor = comparison.floor === undefined ? "" : `${number(comparison.floor)} ${comparison.unit}`;
  const ratio = comparison.ratio === undefined ? "" : percentText(comparison.ratio);
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return `| ${cell(comparison.label)} | ${value} | ${floor} | ${ratio} | ${cell(comparison.target)} | ${comparison.pass ? "✅ pass" : "❌ fail"} | ${cell(comparison.detail ?? "")} |`;
}

export function formatReport(
  machine: Machine,
  results: readonly (BenchResult & { file: string; loadPerCoreAfter: number; measuredAt?: string; node?: string })[],
): string {
  const partial = results.some((result) => result.measuredAt && result.measuredAt !== machine.date);
  const comparisons = results.flatMap((result) => result.comparisons ?? []);
  const passed = comparisons.filter((comparison) => comparison.pass).length;
  const loadPerCore = machine.loadAverageAtStart[0]! / machine.cores;
  // Only the load before the first benchmark says whether something else was running: afterwards it includes the benchmarks' own load.
  const shared = loadPerCore > 0.5;
  const lines = [
    "# Benchmark report",
    "",
    `Written by \`npm run bench\` (bench/index.ts); issue 10, items 1–5, and issue 23 (signed-in pages). ${
      partial
        ? "This report merges runs: \`npm run bench -- <name>\` replaced some sections, and each section says when it was measured; ratios to floors are always from one run."
        : "Every number below comes from this one run."
    }`,
    "",
    "## Machine",
    "",
    `- Date: ${machine.date}`,
    `- CPU: ${machine.cores} × ${machine.cpuModel}`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- OS: ${machine.platform}`,
    `- Node: ${machine.node}`,
    `- PostgreSQL: ${machine.postgres}`,
    `- Git commit: ${machine.gitCommit}${machine.gitDirty ? " (with uncommitted changes)" : ""}`,
    `- Tools: ${Object.entries(machine.tools)
      .map(([tool, version]) => `${tool} ${version ?? "**missing**"}`)
      .join("; ")}`,
    `- Load average at the start: ${machine.loadAverageAtStart.join(", ")} (1, 5, 15 min) on ${machine.cores} cores${
      shared
        ? " — **the machine was busy with other work when this run started**; absolute numbers are lower than on an idle machine, ratios to floors measured in the same minutes less so."
        : " — nothing else was running (the load per core after each benchmark below includes that benchmark's own load)."
    }`,
    "",
    "## Summary",
    "",
    `${passed} of ${comparisons.length} checks pass.${
      results.some((result) => result.skipped)
        ? ` Skipped or failed: ${results
            .filter((result) => result.skipped)
            .map((result) => `${result.name} (${result.skipped})`)
            .join("; ")}.`
        : ""
    }`,
    "",
    "| Measurement | Value | Floor | Ratio | Target | Result | Detail |",
    "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ...comparisons.map(comparisonRow),
    "",
  ];
  for (const result of results) {
    lines.push(
      `## ${result.name}`,
      "",
      `\`bench/${result.file}\` · ${(result.totalMs / 1000).toFixed(1)} s · load per core afterwards ${result.loadPerCoreAfter}${partial && result.measuredAt ? ` · measured ${result.measuredAt}` : ""}${partial && result.node ? ` · Node ${result.node}` : ""}`,
      "",
    );
    if (result.skipped) lines.push(`**${result.skipped}**`, "");
    if (result.comparisons?.length) {
      lines.push(
        "| Measurement | Value | Floor | Ratio | Target | Result | Detail |",
        "| --- | ---: | ---: | ---: | --- | --- | --- |",
        ...result.comparisons.map(comparisonRow),
        "",
      );
    } else if (!result.skipped) {
      lines.push(`${integer.format(result.items)} items in ${result.totalMs.toFixed(1)} ms = ${integer.format(result.itemsPerSecond)} items/s`, "");
    }
    for (const note of result.notes ?? []) lines.push(note, "");
    lines.push(...findingsOf(result.file));
  }
  return lines.join("\n");
}

/**
 * What was measured and changed, written by hand beside a benchmark (bench/<name>.findings.md):
 * read when the report is written, so a partial run that keeps an earlier result still shows the current text.
 */
function findingsOf(file: string): string[] {
  const findings = path.join(import.meta.dirname, "..", file.replace(/\.bench\.ts$/, ".findings.md"));
  return existsSync(findings) ? [readFileSync(findings, "utf8").trim(), ""] : [];
}
