/**
 * Issue 10, item 2: application submissions through the real use case
 * (lib/applications/use-cases/submit-application.ts: authorisation, readiness
 * validation, one transaction with the status change, its event, the audit
 * entry, the tracking number, the notification and its email job; the live
 * update after commit) against the floor: `pgbench` running the equivalent
 * bare transaction (application row + event row + job row) on the same server
 * with the same number of connections. Target: ≥ 10% of the pgbench rate
 * (issue 23; issue 10 asked for 5%).
 *
 * A tenth of the applications are submitted twice at once (a double click);
 * afterwards the rows are counted: every application submitted once, one
 * event, one notification and one email job each, no tracking number twice.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { BenchResult } from "./index";
import { otherLoad, pgbenchPath } from "./lib/machine";
import { seededDatabase } from "./lib/portal";
import { percentText, ratioOf, type Comparison } from "./lib/report";
import { percentile, pool, round } from "./lib/stats";
import { existsSync } from "node:fs";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_SUBMIT_CONCURRENCY ?? 10);
/** Submissions made before the clock starts, so the rate is a warm process's, as pgbench's is (a cold one ran at two thirds of it). */
const WARM_UP = Number(process.env.BENCH_SUBMIT_WARM_UP ?? 200);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 15);

export async function run(): Promise<BenchResult> {
  const name = "application submission: use case vs pgbench";
  if (!process.env.TEST_DATABASE_URL) {
    return { name, items: 0, totalMs: 0, itemsPerSecond: 0, skipped: "skipped: TEST_DATABASE_URL unset" };
  }
  const databaseUrl = await seededDatabase("bench_submit");
  // As the portal runs (scripts/serve.mjs): in development, Prisma records a stack trace with every query for its error messages.
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_POOL_MAX = String(CONNECTIONS);
  process.env.AUTH_SECRET ||= "bench-only-secret-not-used-for-anything";
  process.env.SATUPINTU_ALLOW_DERIVED_KEYS = "1";
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), "satupintu-bench-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;

  const { completeDraft, createCitizen } = await import("@/tests/fixtures/applications");
  const { submitApplication } = await import("@/lib/applications/use-cases/submit-application");
  const { db } = await import("@/lib/platform/db");

  try {
    console.log(`  preparing ${SUBMISSIONS} complete drafts (citizen, answers, family card upload) and ${WARM_UP} for the warm-up…`);
    const prepared = await pool(
      Array.from({ length: SUBMISSIONS + WARM_UP }, (_, index) => index),
      CONNECTIONS,
      async () => {
        const citizen = await createCitizen();
        const { id } = await completeDraft(citizen);
        return { actor: citizen.actor, id };
      },
    );

    // Each request is one submit; every tenth application gets a second, simultaneous one.
    const requestsFor = (some: typeof prepared) => some.flatMap((draft, index) => (index % 10 === 0 ? [draft, draft] : [draft]));
    let latencies: number[] = [];
    let failures = 0;
    const submitAll = (requests: typeof prepared) =>
      pool(requests, CONNECTIONS, async (draft) => {
        const since = performance.now();
        try {
          await submitApplication(draft.actor, draft.id, {}, { ip: "203.0.113.10" });
        } catch (error) {
          failures += 1;
          console.error("  submission failed:", (error as Error).message);
        }
        latencies.push(performance.now() - since);
      });
    await submitAll(requestsFor(prepared.slice(SUBMISSIONS)));
    latencies = [];
    const drafts = prepared.slice(0, SUBMISSIONS);
    const requests = requestsFor(drafts);
    const load = otherLoad();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await submitAll(requests);
    const elapsedMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerSubmission = round((cpu.user + cpu.system) / 1000 / requests.length);
    const useCaseRate = Math.round((SUBMISSIONS / elapsedMs) * 1000);
    console.log(
      `  use case: ${SUBMISSIONS} submissions (${requests.length} requests) in ${(elapsedMs / 1000).toFixed(1)} s = ${useCaseRate}/s, p95 ${round(percentile(latencies, 95))} ms; ${cpuMsPerSubmission} ms of this process's CPU per request`,
    );

    const counts = await countRows(
      db,
      prepared.map((draft) => draft.id),
    );
    const pgbench = existsSync(pgbenchPath()) ? await runPgbench(databaseUrl) : undefined;
    await db.$disconnect();

    const comparisons: Comparison[] = [];
    const integrity =
      counts.submitted === prepared.length &&
      counts.duplicateTracking === 0 &&
      counts.eventsNotOne === 0 &&
      counts.jobsNotOne === 0 &&
      counts.notificationsNotOne === 0 &&
      failures === 0;
    comparisons.push({
      label: "rows after the load: none lost, none duplicated",
      value: counts.submitted,
      unit: "applications",
      target: `${prepared.length} submitted (${SUBMISSIONS} timed after ${WARM_UP} warm-up); 1 event, 1 notification, 1 email job each; tracking numbers unique`,
      pass: integrity,
      detail: `lost ${prepared.length - counts.submitted}, duplicate tracking numbers ${counts.duplicateTracking}, applications without exactly one submit event ${counts.eventsNotOne}, one notification ${counts.notificationsNotOne}, one email job ${counts.jobsNotOne}; failed requests ${failures}`,
    });
    if (pgbench) {
      const ratio = ratioOf(useCaseRate, pgbench.tps);
      comparisons.push({
        label: "submissions per second through the use case",
        value: useCaseRate,
        unit: "submissions/s",
        floor: pgbench.tps,
        ratio,
        target: "≥ 10% of pgbench (issue 23; issue 10's 5%)",
        pass: ratio >= 0.1,
        detail: `${ratio >= 0.05 ? "issue 10's 5% met" : "below issue 10's 5%"}; use case p95 ${round(percentile(latencies, 95))} ms; ${cpuMsPerSubmission} ms of Node.js CPU per request; pgbench rows ${pgbench.rowsOk ? "all present once" : "MISMATCH"}`,
      });
      comparisons.push({
        label: "pgbench rows after its run",
        value: pgbench.transactions,
        unit: "transactions",
        target: "one application, event and job row per transaction",
        pass: pgbench.rowsOk,
        detail: pgbench.rowsDetail,
      });
    }
    return {
      name,
      items: SUBMISSIONS,
      totalMs: elapsedMs,
      itemsPerSecond: (SUBMISSIONS / elapsedMs) * 1000,
      comparisons,
      skipped: pgbench ? undefined : `pgbench missing at ${pgbenchPath()}: floor not measured (apt-get install -y postgresql-client)`,
      notes: [
        `${CONNECTIONS} concurrent submitters on a pool of ${CONNECTIONS} connections, timed after ${WARM_UP} warm-up submissions; pgbench -c ${CONNECTIONS} -j 2 -T ${PGBENCH_SECONDS} with bench/pgbench/submission.sql.`,
        `The use case's transaction also locks, reads and checks the draft, takes a tracking number from its agency's sequence, and writes the notification and the hash-chained audit entry (serialised per agency by an advisory lock); pgbench's does not: its rate is the floor. Use case ${useCaseRate}/s is ${pgbench ? percentText(ratioOf(useCaseRate, pgbench.tps)) : "n/a"} of it.`,
        `load per core when it started: ${load.loadPerCore}${load.busy ? " (the machine was shared with other work)" : ""}.`,
      ],
      details: {
        submissions: SUBMISSIONS,
        requests: requests.length,
        latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)) },
        counts,
        pgbench,
      },
    };
  } finally {
    rmSync(uploadDir, { recursive: true, force: true });
  }
}

type Db = (typeof import("@/lib/platform/db"))["db"];

async function countRows(db: Db, ids: string[]) {
  const [row] = await db.$queryRaw<{ submitted: number; duplicateTracking: number; eventsNotOne: number; notificationsNotOne: number; jobsNotOne: number }[]>`
    WITH mine AS (SELECT "id", "citizenId", "trackingNumber", "status" FROM "Application" WHERE "id" = ANY(${ids}))
    SELECT
      (SELECT count(*)::int FROM mine WHERE "status" = 'SUBMITTED' AND "trackingNumber" IS NOT NULL) AS "submitted",
      (SELECT (count("trackingNumber") - count(DISTINCT "trackingNumber"))::int FROM mine) AS "duplicateTracking",
      (SELECT count(*)::int FROM mine m WHERE (SELECT count(*) FROM "ApplicationEvent" e WHERE e."applicationId" = m."id" AND e."toStatus" = 'SUBMITTED') <> 1) AS "eventsNotOne",
      (SELECT count(*)::int FROM mine m WHERE (SELECT count(*) FROM "Notification" n WHERE n."userId" = m."citizenId" AND n."messageKey" = 'notification.applicationSubmitted') <> 1) AS "notificationsNotOne",
      (SELECT count(*)::int FROM mine m WHERE (SELECT count(*) FROM "Job" j JOIN "Notification" n ON j."payload"->>'notificationId' = n."id"
          WHERE n."userId" = m."citizenId" AND n."messageKey" = 'notification.applicationSubmitted') <> 1) AS "jobsNotOne"`;
  return row!;
}

/** The floor: the same three rows in one transaction, from pgbench, on the same server and connection count. */
async function runPgbench(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ citizen: string; service: string; version: string; agency: string }>(`
      SELECT u."id" AS citizen, s."id" AS service, s."currentVersionId" AS version, s."agencyId" AS agency
      FROM "User" u, "Service" s WHERE 'CITIZEN' = ANY(u."roles") AND s."status" = 'PUBLISHED' ORDER BY u."email", s."slug" LIMIT 1`);
    const fixed = rows[0]!;
    const script = path.join(import.meta.dirname, "pgbench", "submission.sql");
    const url = new URL(databaseUrl);
    const args = [
      "-n",
      "-c",
      String(CONNECTIONS),
      "-j",
      "2",
      "-T",
      String(PGBENCH_SECONDS),
      "-f",
      script,
      "-D",
      `citizen=${fixed.citizen}`,
      "-D",
      `service=${fixed.service}`,
      "-D",
      `version=${fixed.version}`,
      "-D",
      `agency=${fixed.agency}`,
      "-h",
      url.hostname,
      "-p",
      url.port || "5432",
      "-U",
      decodeURIComponent(url.username || "postgres"),
      decodeURIComponent(url.pathname.slice(1)),
    ];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(pgbenchPath(), args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } });
      let text = "";
      child.stdout.on("data", (chunk) => (text += chunk));
      child.stderr.on("data", (chunk) => (text += chunk));
      child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited ${code}:\n${text}`))));
    });
    writeFileSync(path.join(os.tmpdir(), "satupintu-bench-pgbench.log"), output);
    const tps = /tps = ([\d.]+)/.exec(output);
    const processed = /number of transactions actually processed: (\d+)/.exec(output);
    if (!tps || !processed) throw new Error(`unexpected pgbench output:\n${output}`);
    const transactions = Number(processed[1]);
    const counted = (
      await client.query<{ applications: number; events: number; jobs: number }>(`
        SELECT (SELECT count(*)::int FROM "Application" WHERE "id" LIKE 'pgb\\_a\\_%') AS applications,
               (SELECT count(*)::int FROM "ApplicationEvent" WHERE "id" LIKE 'pgb\\_e\\_%') AS events,
               (SELECT count(*)::int FROM "Job" WHERE "id" LIKE 'pgb\\_j\\_%') AS jobs`)
    ).rows[0]!;
    console.log(`  pgbench: ${Math.round(Number(tps[1]))} tps; ${transactions} transactions, rows ${JSON.stringify(counted)}`);
    return {
      tps: Math.round(Number(tps[1])),
      transactions,
      rowsOk: counted.applications === transactions && counted.events === transactions && counted.jobs === transactions,
      rowsDetail: `${counted.applications} applications, ${counted.events} events, ${counted.jobs} jobs for ${transactions} transactions`,
    };
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(JSON.stringify({ ...result, details: undefined }, null, 2));
}
