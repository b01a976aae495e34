// Issue 24, item 7: the demo start's year of history (prisma/seed/history).
// It needs databases of its own: the shared integration database must never
// hold thousands of generated cases. On TEST_SERVER_URL/TEST_DATABASE_URL's
// server when set, otherwise on in-memory embedded PGlite (as `npm start`).
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_NIK } from "@/lib/catalog/form-samples";
import { ApplicationStatus, ComplaintStatus } from "@/lib/generated/prisma/enums";
import { EMBEDDED_CLIENT_ENV, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";
import { applyMigrations, createDatabase, dropDatabase } from "../../scripts/lib/migrations.mjs";
import { TEST_AUTH_SECRET } from "./secrets";

const run = promisify(execFile);
const serverUrl = process.env.TEST_SERVER_URL ?? process.env.TEST_DATABASE_URL;
const ANCHOR = "2026-06-30";
const SLOW = 240_000;

type Demo = { url: string; cleanup: () => Promise<void>; log: string };

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function tsx(script: string, url: string, args: string[] = []) {
  return run("npx", ["--no-install", "tsx", "--conditions=react-server", script, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: TEST_AUTH_SECRET,
      SATUPINTU_DEMO_HISTORY: "on",
      DATABASE_POOL_MAX: "4",
      ...(serverUrl ? {} : EMBEDDED_CLIENT_ENV),
    },
  });
}

/** A fresh database with the demo seed and its history, as a first `npm start` makes it. */
async function demoDatabase(): Promise<Demo> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `satupintu_history_${process.pid}_${randomBytes(4).toString("hex")}`;
    url = await createDatabase(serverUrl, name);
    cleanup = () => dropDatabase(serverUrl, name);
  } else {
    const embedded = await startEmbeddedPostgres({});
    url = embedded.url;
    cleanup = embedded.stop;
  }
  await applyMigrations(url);
  await tsx("prisma/seed/index.ts", url);
  const { stdout } = await tsx("prisma/seed/history/index.ts", url, ["--anchor", ANCHOR]);
  return { url, cleanup, log: stdout };
}

/** A digest of what a visitor and an officer see, by stable keys (slugs, e-mails), never the catalog's random ids. */
async function fingerprint(url: string) {
  const [row] = await query<{ applications: string; complaints: string; surveys: string; events: string }>(
    url,
    `SELECT
      (SELECT md5(string_agg(concat_ws('|', a."id", a."trackingNumber", a."status", a."submittedAt", a."dueAt", a."breachRecordedAt",
         a."claimedAt", a."decidedAt", a."completedAt", s."slug", u."email"), ',' ORDER BY a."id"))
       FROM "Application" a JOIN "Service" s ON s."id" = a."serviceId" LEFT JOIN "User" u ON u."id" = a."assignedOfficerId" WHERE a."id" LIKE 'demo\\_%') AS applications,
      (SELECT md5(string_agg(concat_ws('|', c."id", c."status", c."kind", c."createdAt", c."respondedAt", c."closedAt", ag."code"), ',' ORDER BY c."id"))
       FROM "Complaint" c LEFT JOIN "Agency" ag ON ag."id" = c."agencyId" WHERE c."id" LIKE 'demo\\_%') AS complaints,
      (SELECT md5(string_agg(concat_ws('|', "id", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "submittedAt"), ',' ORDER BY "id"))
       FROM "SurveyResponse" WHERE "id" LIKE 'demo\\_%') AS surveys,
      (SELECT md5(string_agg(concat_ws('|', "id", "type", "createdAt"), ',' ORDER BY "id")) FROM "ApplicationEvent" WHERE "applicationId" LIKE 'demo\\_%') AS events`,
  );
  return row;
}

describe(`the demo history on ${serverUrl ? "a PostgreSQL server" : "embedded PGlite"}`, () => {
  const demos: Demo[] = [];

  beforeAll(async () => {
    demos.push(await demoDatabase());
    demos.push(await demoDatabase());
  }, SLOW);

  afterAll(async () => {
    for (const demo of demos) await demo.cleanup();
  }, SLOW);

  it("gives the same rows for the same anchor", async () => {
    const [first, second] = await Promise.all(demos.map((demo) => fingerprint(demo.url)));
    expect(first!.applications).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toEqual(first);
  });

  it("covers every application and complaint status, with officers' work, SLA breaches and surveys", async () => {
    const { url } = demos[0]!;
    const applications = await query<{ status: string; n: number; breached: number; handled: number; mistimed: number }>(
      url,
      `SELECT "status"::text, count(*)::int AS n, count("breachRecordedAt")::int AS breached, count("assignedOfficerId")::int AS handled,
         count(*) FILTER (WHERE "breachRecordedAt" <= "dueAt")::int AS mistimed
       FROM "Application" WHERE "id" LIKE 'demo\\_%' GROUP BY 1`,
    );
    // Every status but AWAITING_PAYMENT: the history writes no bills yet (docs/demo-history.md), and a case waiting for payment without its bill would be a lie.
    const historyStatuses = Object.values(ApplicationStatus).filter((status) => status !== ApplicationStatus.AWAITING_PAYMENT);
    expect(applications.map((row) => row.status).sort()).toEqual(historyStatuses.sort());
    expect(applications.reduce((sum, row) => sum + row.n, 0)).toBeGreaterThanOrEqual(2000);
    const byStatus = Object.fromEntries(applications.map((row) => [row.status, row]));
    expect(byStatus.COMPLETED!.breached).toBeGreaterThan(0);
    expect(byStatus.COMPLETED!.handled).toBe(byStatus.COMPLETED!.n);
    expect(applications.every((row) => row.mistimed === 0)).toBe(true);

    const complaints = await query<{ status: string; breached: number; mistimed: number }>(
      url,
      `SELECT "status"::text, count("breachRecordedAt")::int AS breached, count(*) FILTER (WHERE "breachRecordedAt" <= "dueAt")::int AS mistimed
       FROM "Complaint" WHERE "id" LIKE 'demo\\_%' GROUP BY 1`,
    );
    expect(complaints.map((row) => row.status).sort()).toEqual(Object.values(ComplaintStatus).sort());
    expect(complaints.find((row) => row.status === "CLOSED")!.breached).toBeGreaterThan(0);
    expect(complaints.every((row) => row.mistimed === 0)).toBe(true);

    // Decisions are the seeded officers' own, each on its case's timeline.
    const [decisions] = await query<{ n: number; strangers: number }>(
      url,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE u."email" NOT LIKE 'petugas.%@harapanjaya.go.id')::int AS strangers
       FROM "ApplicationEvent" e JOIN "User" u ON u."id" = e."actorId" WHERE e."type" IN ('approved', 'rejected') AND e."applicationId" LIKE 'demo\\_%'`,
    );
    expect(decisions!.n).toBeGreaterThan(100);
    expect(decisions!.strangers).toBe(0);

    // SKM: an IKM (mean score × 25) of a good but not perfect service.
    const [survey] = await query<{ n: number; ikm: number }>(
      url,
      `SELECT count(*)::int AS n, (avg(("u1" + "u2" + "u3" + "u4" + "u5" + "u6" + "u7" + "u8" + "u9") / 9.0) * 25)::float8 AS ikm
       FROM "SurveyResponse" WHERE "id" LIKE 'demo\\_%'`,
    );
    expect(survey!.n).toBeGreaterThan(100);
    expect(survey!.ikm).toBeGreaterThan(70);
    expect(survey!.ikm).toBeLessThan(95);
  });

  it("seals identity numbers in the generated answers, as the answer vault does for real ones", async () => {
    const [answers] = await query<{ filled: number; sealed: number; plain: number }>(
      demos[0]!.url,
      `SELECT count(*) FILTER (WHERE "answers" <> '{}'::jsonb)::int AS filled, count(*) FILTER (WHERE "answers"::text LIKE '%"enc:%')::int AS sealed,
         count(*) FILTER (WHERE "answers"::text LIKE $1)::int AS plain
       FROM "Application" WHERE "id" LIKE 'demo\\_%'`,
      [`%${SAMPLE_NIK}%`],
    );
    expect(answers!.filled).toBeGreaterThanOrEqual(2000);
    expect(answers!.sealed).toBe(answers!.filled);
    expect(answers!.plain).toBe(0);
  });

  it("keeps the audit chain whole: every state change is audited and audit:verify passes", async () => {
    const { url } = demos[0]!;
    const [audit] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityId" LIKE 'demo\\_%'`);
    expect(audit!.n).toBeGreaterThan(5000);
    const { stdout } = await tsx("scripts/audit-verify.ts", url);
    expect(stdout).toMatch(/audit:verify: OK, \d+ entries/);
  });

  it("runs once: a second run leaves the database as it was", async () => {
    const { url } = demos[1]!;
    const before = await fingerprint(url);
    const { stdout } = await tsx("prisma/seed/history/index.ts", url, ["--anchor", ANCHOR]);
    expect(stdout).toContain("already present");
    expect(await fingerprint(url)).toEqual(before);
  });
});
