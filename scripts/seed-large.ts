/**
 * `npm run db:seed:large`: two years of a busy city on top of the demo seed,
 * for the dashboard benchmark (bench/dashboard.bench.ts) and for trying the
 * transparency dashboard on realistic volumes.
 *
 *   1,000,000 applications across every published service (population
 *   records heaviest, tourism lightest), spread over ~2 years with growth
 *   toward today; the older ones finished (completed, rejected, withdrawn),
 *   the recent ones in every open state, some late and breached;
 *   200,000 complaints (no whistleblowing reports among the public kinds'
 *   figures), most answered within their time limit; survey responses for
 *   about a third of completed applications and a fifth of closed complaints.
 *
 * Everything is generated inside PostgreSQL with INSERT … SELECT over
 * generate_series by prisma/seed/history/generate-sql.ts (the generator the
 * demo start's history uses too; a fixed random seed, so two runs give the
 * same data), then the dashboard rollups are rebuilt in full. Rows it creates
 * have ids starting with "lgx_", and a second run first removes the previous ones.
 *
 * Needs a real PostgreSQL server in DATABASE_URL: the embedded database is
 * one session and far too slow for this. Sizes can be lowered for a quick
 * try: SEED_LARGE_APPLICATIONS, SEED_LARGE_COMPLAINTS, SEED_LARGE_DAYS.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import {
  advanceTrackingSerials,
  createApplications,
  createComplaints,
  createLookupTables,
  createPeople,
  createSurveys,
  historyIdPattern,
  removeHistory,
  type HistoryPlan,
} from "../prisma/seed/history/generate-sql";

// The app modules used below insist on a secret; nothing this script writes depends on its value.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
const env = process.env;

const APPLICATIONS = Number(process.env.SEED_LARGE_APPLICATIONS ?? 1_000_000);
const COMPLAINTS = Number(process.env.SEED_LARGE_COMPLAINTS ?? 200_000);
const DAYS = Number(process.env.SEED_LARGE_DAYS ?? 730);
const CITIZENS = Math.max(100, Math.min(50_000, Math.round(APPLICATIONS / 25)));
const EXTRA_OFFICERS_PER_AGENCY = 4;
const WORKERS = 2;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const since = performance.now();
  const result = await run();
  log(`${label} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
  return result;
}

function runProjectScript(args: string[]) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...env, DATABASE_URL: process.env.DATABASE_URL } });
  if (result.status !== 0) fail(`node ${args.join(" ")} failed`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) fail("db:seed:large needs DATABASE_URL pointing at a PostgreSQL server (the embedded database is too small for it).");
  log(
    `target: ${url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")}; ${APPLICATIONS.toLocaleString("en")} applications, ${COMPLAINTS.toLocaleString("en")} complaints over ${DAYS} days`,
  );

  runProjectScript(["scripts/db.mjs", "migrate"]);
  runProjectScript(["scripts/db.mjs", "seed"]);

  const { hashPassword } = await import("../lib/identity/password-hash");
  // One real hash of a password nobody knows: the generated accounts exist but cannot sign in.
  const passwordHash = await hashPassword(`${randomUUID()}${randomUUID()}`);

  // Two sessions share the generation (the server has two cores to give); each one has its own seed.
  const sessions = await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      const session = new pg.Client({ connectionString: url });
      await session.connect();
      await session.query(`SET synchronous_commit = off`);
      await session.query(`SET work_mem = '256MB'`);
      // Compiling these one-off statements costs more than it saves.
      await session.query(`SET jit = off`);
      await session.query(`SELECT setseed($1)`, [0.2026 + worker / 100]);
      return session;
    }),
  );
  const client = sessions[0]!;
  const anchor = new Date();
  const plan = (worker: number): HistoryPlan => ({
    prefix: "lgx",
    anchor,
    days: DAYS,
    applications: APPLICATIONS,
    complaints: COMPLAINTS,
    citizens: CITIZENS,
    worker,
    workers: WORKERS,
  });
  const inParallel = (work: (session: pg.Client, worker: number) => Promise<unknown>) => Promise.all(sessions.map((session, worker) => work(session, worker)));
  try {
    await step("removed rows of an earlier run", () => removeHistory(client, plan(0)));
    await step(`created ${CITIZENS.toLocaleString("en")} citizens and ${EXTRA_OFFICERS_PER_AGENCY} officers per agency`, () =>
      createPeople(client, plan(0), passwordHash, EXTRA_OFFICERS_PER_AGENCY),
    );
    await step("prepared service weights", () => inParallel((session) => createLookupTables(session)));
    await step(`inserted ${APPLICATIONS.toLocaleString("en")} applications`, () => inParallel((session, worker) => createApplications(session, plan(worker))));
    await advanceTrackingSerials(client, plan(0));
    await step(`inserted ${COMPLAINTS.toLocaleString("en")} complaints`, () => inParallel((session, worker) => createComplaints(session, plan(worker))));
    await step("inserted survey responses", () => inParallel((session, worker) => createSurveys(session, plan(worker))));
    // VACUUM, not only ANALYZE: it sets the visibility map, so counts read the indexes alone (index-only
    // scans), as they do in production once autovacuum has passed. One statement per table: VACUUM
    // cannot run inside the implicit transaction of a multi-statement query.
    await step("vacuumed and analyzed", () =>
      inParallel(async (session, worker) => {
        for (const table of ["Application", "Complaint", "SurveyResponse", "User"].filter((_, index) => index % WORKERS === worker)) {
          await session.query(`VACUUM (ANALYZE) "${table}"`);
        }
      }),
    );
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT "status"::text, count(*)::int AS n FROM "Application" WHERE "id" LIKE $1 GROUP BY 1 ORDER BY 2 DESC`,
      [historyIdPattern(plan(0), "a")],
    );
    log(`applications by status: ${rows.map((row) => `${row.status} ${row.n.toLocaleString("en")}`).join(", ")}`);
    const surveys = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SurveyResponse" WHERE "id" LIKE $1`, [historyIdPattern(plan(0))]);
    log(`survey responses: ${surveys.rows[0]?.n.toLocaleString("en")}`);
  } finally {
    await Promise.all(sessions.map((session) => session.end()));
  }

  const { refreshDashboard } = await import("../lib/dashboard/refresh");
  const summary = await step("rebuilt the dashboard rollups", () => refreshDashboard({ full: true, log: (message) => log(`  ${message}`) }));
  log(
    `rollups: ${summary.applications.toLocaleString("en")} applications, ${summary.surveys.toLocaleString("en")} surveys, ${summary.complaints.toLocaleString("en")} complaints read; ${summary.openApplications.toLocaleString("en")} open`,
  );
  const { db } = await import("../lib/platform/db");
  await db.$disconnect();
  log("done");
}

await main();
