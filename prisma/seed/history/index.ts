/**
 * `tsx prisma/seed/history/index.ts [--anchor YYYY-MM-DD]`: a year of a city's
 * life on top of the demo seed, so a fresh demo's transparency dashboard,
 * queues, statistics and open data show something real (docs/demo-history.md).
 * scripts/run.mjs runs it after seeding an empty database, unless
 * SATUPINTU_DEMO_HISTORY=off. The test suites never run it (they seed with
 * prisma/seed/index.ts alone), except the test of this seed.
 *
 * Deterministic: "today" is the anchor (by default the start of the current
 * UTC day), every random draw comes from PostgreSQL's random() after a fixed
 * setseed(), so the same catalog and anchor give the same rows. It refuses to
 * run twice on one database: history rows carry audit entries, which are
 * never deleted.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "../../../lib/identity/password-hash";
import { env } from "../../../lib/platform/env";
import {
  advanceTrackingSerials,
  createApplications,
  createComplaints,
  createLookupTables,
  createPeople,
  createSurveys,
  historyIdPattern,
  type HistoryPlan,
} from "./generate-sql";
import { sealedAnswers } from "./answers";
import { appendAuditEntries, completeApplications, completeComplaints } from "./timeline";

/** A few thousand applications over a year: enough for every chart, small enough for the embedded database. */
export const DEMO_HISTORY_SIZE = { days: 365, applications: 3000, complaints: 600, citizens: 400 };
const RANDOM_SEED = 0.2024;

export function demoAnchor(argv: string[], today = new Date()): Date {
  const index = argv.indexOf("--anchor");
  if (index >= 0) {
    const value = argv[index + 1] ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error("--anchor takes a date, YYYY-MM-DD");
    return new Date(`${value}T00:00:00Z`);
  }
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}

async function main() {
  if (env().SATUPINTU_DEMO_HISTORY === "off") {
    console.log("Demo history: skipped (SATUPINTU_DEMO_HISTORY=off).");
    return;
  }
  const started = performance.now();
  const plan: HistoryPlan = { prefix: "demo", anchor: demoAnchor(process.argv.slice(2)), ...DEMO_HISTORY_SIZE, worker: 0, workers: 1 };
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Application" WHERE "id" LIKE $1`, [historyIdPattern(plan, "a")]);
    if (existing.rows[0]!.n > 0) {
      console.log("Demo history: already present, nothing to do.");
      return;
    }
    const steps: string[] = [];
    const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const since = performance.now();
      const result = await work();
      steps.push(`${label} ${Math.round(performance.now() - since)}`);
      return result;
    };
    await client.query(`SELECT setseed($1)`, [RANDOM_SEED]);
    // One real hash of a password nobody knows: the generated citizens exist but cannot sign in.
    const passwordHash = await hashPassword(`${randomUUID()}${randomUUID()}`);
    await step("people", () => createPeople(client, plan, passwordHash));
    await createLookupTables(client);
    await step("applications", () => createApplications(client, plan));
    await advanceTrackingSerials(client, plan);
    const answers = await step("answers", () => sealedAnswers(client, plan));
    await step("complaints", () => createComplaints(client, plan));
    const applicationTimeline = await step("application timelines", () => completeApplications(client, plan, answers));
    await step("surveys", () => createSurveys(client, plan));
    const complaintTimeline = await step("complaint timelines", () => completeComplaints(client, plan));
    const audited = await step("audit", () =>
      appendAuditEntries(client, [
        ...applicationTimeline.map((row) => ({ entityType: "Application" as const, row })),
        ...complaintTimeline.map((row) => ({ entityType: "Complaint" as const, row })),
      ]),
    );
    const generated = performance.now();
    const { refreshDashboard } = await import("../../../lib/dashboard/refresh");
    await refreshDashboard({ full: true });
    console.log(
      `Demo history: ${plan.applications} applications, ${plan.complaints} complaints, ${applicationTimeline.length + complaintTimeline.length} timeline events, ` +
        `${audited} audit entries up to ${plan.anchor.toISOString().slice(0, 10)} in ${Math.round(generated - started)} ms, dashboard in ${Math.round(performance.now() - generated)} ms (ms: ${steps.join(", ")}).`,
    );
  } finally {
    await client.end();
    const { db } = await import("../../../lib/platform/db");
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
