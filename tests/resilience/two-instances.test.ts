import { uploadDir } from "../fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLA_SWEEP_QUEUE } from "@/lib/applications/use-cases/sweep-sla";
import { hashPassword } from "@/lib/identity/password-hash";
import { db } from "@/lib/platform/db";
import { DISDUKCAPIL_OFFICER, submittedApplication } from "../fixtures/applications";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser } from "./support/http";
import { sql } from "./support/postgres";
import { openSse, type SseWatcher } from "./support/sse";
import { waitFor } from "./support/wait";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 10, item 8: two web instances behind one database. Officers taking
 * "next" through both never get the same application, a change made through
 * either instance reaches watchers on both, and the SLA sweep, running on both
 * at the same moment, records each breach once.
 */
const databaseUrl = process.env.DATABASE_URL!;
const DEMO_PASSWORD = "SatuPintu2026";
const QUEUED = 10;
const BREACHED = 4;

let a: WebInstance;
let b: WebInstance;
let agencyId: string;
const breachedIds: string[] = [];
const queuedIds: string[] = [];
let citizen: Awaited<ReturnType<typeof citizenWithPassword>>;
/** Holds the breached rows locked until both instances' sweeps are waiting on them. */
let blocker: pg.Client;

beforeAll(async () => {
  agencyId = (await db.agency.findUniqueOrThrow({ where: { code: "DISDUKCAPIL" }, select: { id: true } })).id;
  citizen = await citizenWithPassword();
  // Submitted 60 days ago: long past a 14-working-day limit, and not yet recorded as breached.
  const longAgo = new Date(Date.now() - 60 * 86_400_000);
  for (let i = 0; i < BREACHED; i++) {
    breachedIds.push((await submittedApplication(citizen, { startedAt: longAgo, submittedAt: longAgo })).id);
  }
  for (let i = 0; i < QUEUED; i++) queuedIds.push((await submittedApplication(citizen)).id);
  await db.user.create({
    data: {
      email: "petugas2.disdukcapil@harapanjaya.go.id",
      name: "Petugas Kedua",
      passwordHash: await hashPassword(PASSWORD),
      roles: ["OFFICER"],
      memberships: { create: { agencyId, role: "OFFICER" } },
    },
  });

  blocker = new pg.Client({ connectionString: databaseUrl });
  await blocker.connect();
  await blocker.query("BEGIN");
  await blocker.query(`SELECT id FROM "Application" WHERE id = ANY($1) FOR UPDATE`, [breachedIds]);
  [a, b] = await Promise.all([startWeb({ databaseUrl, uploadDir }), startWeb({ databaseUrl, uploadDir })]);
});

afterAll(async () => {
  await blocker?.end().catch(() => undefined);
  await Promise.all([a?.stop(), b?.stop()]);
  await db.$disconnect();
});

const runningSweeps = async () =>
  (await sql(databaseUrl, `SELECT "lockedBy" FROM "Job" WHERE queue = $1 AND status = 'RUNNING'`, [SLA_SWEEP_QUEUE])).rows.map((row) => row.lockedBy as string);
const pidOf = (workerId: string) => Number(workerId.split(":")[1]);

describe("two web instances behind one database", () => {
  it("record each SLA breach once while both instances sweep at the same moment", async () => {
    // The current slot's sweep (scheduled by both, created once) is claimed by one instance and waits on the locked rows.
    const [firstWorker] = await waitFor(
      async () => {
        const workers = await runningSweeps();
        return workers.length >= 1 ? workers : null;
      },
      { what: "a sweep to start" },
    );
    // That worker is busy, so only the other instance can take a second sweep.
    await sql(databaseUrl, `INSERT INTO "Job" (id, queue, payload, "dedupeKey") VALUES ($1, $2, '{}', $3)`, [
      randomUUID(),
      SLA_SWEEP_QUEUE,
      `${SLA_SWEEP_QUEUE}:resilience:${randomUUID()}`,
    ]);
    const workers = await waitFor(
      async () => {
        const running = await runningSweeps();
        return new Set(running.map(pidOf)).size >= 2 ? running : null;
      },
      { what: "both instances to be sweeping" },
    );
    expect(new Set(workers.map(pidOf))).toEqual(new Set([a.process.pid, b.process.pid]));
    expect(workers).toContain(firstWorker);

    await blocker.query("COMMIT");
    await waitFor(async () => (await runningSweeps()).length === 0, { what: "both sweeps to finish" });

    const { rows } = await sql(
      databaseUrl,
      `SELECT a.id, a."breachRecordedAt" IS NOT NULL AS recorded,
        (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'slaBreached') AS events,
        (SELECT count(*)::int FROM "Notification" n WHERE n."messageKey" = 'notification.slaBreachedCitizen' AND n."userId" = a."citizenId"
           AND n.params->>'trackingNumber' = a."trackingNumber") AS "citizenNotices",
        (SELECT count(*)::int FROM "Notification" n WHERE n."messageKey" = 'notification.slaBreachedSupervisor' AND n.link = '/petugas/permohonan/' || a.id) AS "supervisorNotices",
        (SELECT count(DISTINCT n."userId")::int FROM "Notification" n WHERE n."messageKey" = 'notification.slaBreachedSupervisor' AND n.link = '/petugas/permohonan/' || a.id) AS supervisors
       FROM "Application" a WHERE a.id = ANY($1)`,
      [breachedIds],
    );
    expect(rows).toHaveLength(BREACHED);
    for (const row of rows) {
      expect(row).toMatchObject({ recorded: true, events: 1, citizenNotices: 1 });
      expect(row.supervisors).toBeGreaterThanOrEqual(1);
      expect(row.supervisorNotices).toBe(row.supervisors);
    }
  });

  it("never hands two officers the same application, and live updates reach watchers on either instance", async () => {
    // The citizen watches one application on each instance; the snapshot means that instance is LISTENing.
    const watcherBrowser = new Browser(a.url);
    await watcherBrowser.signIn(citizen.email, PASSWORD);
    const watched = queuedIds[0]!;
    const citizenWatchers: SseWatcher[] = [];
    for (const instance of [a, b]) {
      const browser = watcherBrowser.on(instance.url);
      const watcher = await openSse((init) => browser.fetch(`/api/permohonan/${watched}/stream`, init));
      await watcher.next((frame) => frame.event === "snapshot", 10_000, `the snapshot on ${instance.url}`);
      citizenWatchers.push(watcher);
    }

    const officers = [new Browser(a.url), new Browser(b.url)];
    await officers[0]!.signIn(DISDUKCAPIL_OFFICER, DEMO_PASSWORD);
    await officers[1]!.signIn("petugas2.disdukcapil@harapanjaya.go.id", PASSWORD);
    // Each officer also watches the agency queue, on the other officer's instance.
    const queueWatchers = await Promise.all(
      officers.map((officer, index) => openSse((init) => officer.on([b, a][index]!.url).fetch(`/api/petugas/antrian/${agencyId}`, init))),
    );
    const forms = await Promise.all(officers.map((officer) => officer.form("/petugas/permohonan?instansi=DISDUKCAPIL", "Ambil permohonan berikutnya")));
    const open = (await sql(databaseUrl, `SELECT id FROM "Application" WHERE "agencyId" = $1 AND status = 'SUBMITTED'`, [agencyId])).rows.map(
      (row) => row.id as string,
    );
    expect(open).toEqual(expect.arrayContaining(queuedIds));

    // Both officers press "take the next one" at the same moment, again and again, until the queue is empty.
    const taken: Record<number, string[]> = { 0: [], 1: [] };
    for (let round = 0, empty = 0; empty < 2 && round < open.length + 5; round++) {
      const answers = await Promise.all(officers.map((officer, index) => officer.submit(forms[index]!)));
      empty = 0;
      answers.forEach((response, index) => {
        expect(response.status).toBe(303);
        const location = response.headers.get("location") ?? "";
        const claimed = /\/petugas\/permohonan\/([^/?#]+)$/.exec(location)?.[1];
        if (claimed) taken[index]!.push(claimed);
        else {
          expect(location).toContain("kosong=1");
          empty += 1;
        }
      });
    }
    const all = [...taken[0]!, ...taken[1]!];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...open].sort());
    expect(taken[0]!.length).toBeGreaterThan(0);
    expect(taken[1]!.length).toBeGreaterThan(0);
    const claims = await sql(
      databaseUrl,
      `SELECT a.id, u.email, (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'claimed') AS events
       FROM "Application" a JOIN "User" u ON u.id = a."assignedOfficerId" WHERE a.id = ANY($1)`,
      [all],
    );
    for (const row of claims.rows) {
      expect(row.events).toBe(1);
      expect(row.email).toBe(taken[0]!.includes(row.id) ? DISDUKCAPIL_OFFICER : "petugas2.disdukcapil@harapanjaya.go.id");
    }

    // Claims made through A and through B reached the queue watchers on both instances.
    for (const watcher of queueWatchers) {
      for (const id of all) {
        await watcher.next((frame) => frame.data.includes(`"applicationId":"${id}"`) && frame.data.includes('"IN_REVIEW"'), 10_000, `the claim of ${id}`);
      }
    }
    for (const watcher of citizenWatchers) {
      await watcher.next((frame) => frame.data.includes('"IN_REVIEW"'), 10_000, "the citizen's live status");
    }
    [...citizenWatchers, ...queueWatchers].forEach((watcher) => watcher.close());
  });
});
