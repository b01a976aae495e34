/**
 * Issue 10, item 3 (preparation): `npm run db:seed:large` fills the large
 * database the queue and dashboard benchmarks read (1,000,000 applications,
 * 200,000 complaints, surveys, rollups) and must take under 10 minutes.
 *
 * Seeds when the database does not hold the full set yet, or always with
 * BENCH_SEED_LARGE=always; otherwise reuses it and reports the timing of the
 * run that seeded it (kept in bench/results/, which git ignores).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { BenchResult } from "./index";
import { largeDatabaseUrl } from "./lib/large-database";
import { otherLoad } from "./lib/machine";

const APPLICATIONS = 1_000_000;
const TARGET_MS = 10 * 60 * 1000;
const TIMING_FILE = path.join(import.meta.dirname, "results", "last-large-seed.json");

type Timing = { seededAt: string; seconds: number; loadPerCoreAtStart: number; log: string[] };

async function seededApplications(url: string): Promise<number> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      return 0;
    }
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Application" WHERE "id" LIKE 'lgx\\_a\\_%'`);
    return rows[0]!.n;
  } catch {
    return 0; // not migrated yet
  } finally {
    await client.end();
  }
}

function runSeed(url: string): Promise<Timing> {
  const load = otherLoad();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:seed:large"], { cwd: path.join(import.meta.dirname, ".."), env: { ...process.env, DATABASE_URL: url } });
    const log: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim() || line.startsWith("npm warn")) continue;
        log.push(line);
        console.log(`    ${line}`);
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`npm run db:seed:large exited ${code}`));
      resolve({
        seededAt: new Date().toISOString(),
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
        loadPerCoreAtStart: load.loadPerCore,
        log: log.filter((line) => /^\[/.test(line)),
      });
    });
  });
}

export async function run(): Promise<BenchResult> {
  const name = "npm run db:seed:large (1,000,000 applications)";
  const url = largeDatabaseUrl();
  if (!url) return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set" };
  const present = await seededApplications(url);
  let timing: Timing;
  let reused = false;
  if (process.env.BENCH_SEED_LARGE === "always" || present < APPLICATIONS) {
    console.log(`  seeding ${url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")} (it holds ${present.toLocaleString("en")} seeded applications)…`);
    timing = await runSeed(url);
    mkdirSync(path.dirname(TIMING_FILE), { recursive: true });
    writeFileSync(TIMING_FILE, `${JSON.stringify(timing, null, 2)}\n`);
  } else if (existsSync(TIMING_FILE)) {
    timing = JSON.parse(readFileSync(TIMING_FILE, "utf8")) as Timing;
    reused = true;
    console.log(`  reusing the large database (${present.toLocaleString("en")} applications), seeded ${timing.seededAt} in ${timing.seconds} s`);
  } else {
    return {
      name,
      items: 0,
      totalMs: 0,
      itemsPerSecond: 0,
      skipped: `skipped: the large database was seeded outside the benchmark (timing unknown); BENCH_SEED_LARGE=always measures it`,
    };
  }
  return {
    name,
    items: APPLICATIONS,
    totalMs: timing.seconds * 1000,
    itemsPerSecond: APPLICATIONS / timing.seconds,
    comparisons: [
      {
        label: "seeding 1,000,000 applications, 200,000 complaints, surveys and rollups",
        value: timing.seconds,
        unit: "s",
        target: `< ${TARGET_MS / 1000} s`,
        pass: timing.seconds * 1000 < TARGET_MS,
        detail: `${reused ? `measured by the run of ${timing.seededAt}` : "measured in this run"} (migrate and demo seed included); load per core at its start ${timing.loadPerCoreAtStart}`,
      },
    ],
    notes: [`db:seed:large steps:\n\n\`\`\`\n${timing.log.join("\n")}\n\`\`\``],
    details: { ...timing, reused },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
