import { uploadDir } from "../fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { db } from "@/lib/platform/db";
import { actorFor, completeDraft, DISDUKCAPIL_OFFICER } from "../fixtures/applications";
import { PDF_BYTES } from "../fixtures/documents";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser, type ActionForm } from "./support/http";
import { controlCluster, sql } from "./support/postgres";
import { openSse } from "./support/sse";
import { waitFor } from "./support/wait";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 10, item 6: PostgreSQL restarts while citizens submit applications.
 * Every submission either went through (and exists exactly once) or was
 * answered with the translated, retryable "service busy"; the running portal
 * recovers by itself, live updates included.
 */
const cluster = controlCluster(inject("cluster"));
const databaseUrl = process.env.DATABASE_URL!;
const BUSY_ID = "Layanan sedang sibuk";
const CITIZENS = 3;
const DRAFTS_PER_CITIZEN = 12;
const CONCURRENCY = 4;

type Draft = { id: string; browser: Browser; form: ActionForm };
type Outcome = "submitted" | "busy";

let web: WebInstance;
const drafts: Draft[] = [];

async function submit(draft: Draft): Promise<Outcome> {
  const response = await draft.browser.submit(draft.form, { declaration: "on" });
  const location = response.headers.get("location") ?? "";
  if (response.status === 303 && location.endsWith(`/permohonan/${draft.id}/terkirim`)) return "submitted";
  const body = await response.text();
  if (body.includes(BUSY_ID)) return "busy";
  throw new Error(`submission of ${draft.id} answered ${response.status} ${location}: ${body.slice(0, 400)}\n--- server log ---\n${web.output()}`);
}

/** Submits every draft with CONCURRENCY clients; a "busy" one goes back in the queue, as a person would press again. */
async function submitAll(queue: Draft[], onOutcome: (draft: Draft, outcome: Outcome) => void, keepGoing: () => boolean) {
  const pending = [...queue];
  const client = async () => {
    for (;;) {
      const draft = pending.shift();
      if (!draft) {
        if (!keepGoing()) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const outcome = await submit(draft);
      onOutcome(draft, outcome);
      if (outcome === "busy") {
        pending.push(draft);
        // A client honouring Retry-After would wait seconds; a short pause keeps the load up without spinning.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
}

beforeAll(async () => {
  const citizens = await Promise.all(Array.from({ length: CITIZENS }, () => citizenWithPassword()));
  web = await startWeb({ databaseUrl, uploadDir });
  for (const citizen of citizens) {
    const browser = new Browser(web.url);
    await browser.signIn(citizen.email, PASSWORD);
    for (let i = 0; i < DRAFTS_PER_CITIZEN; i++) {
      const { id } = await completeDraft(citizen);
      drafts.push({ id, browser, form: await browser.form(`/permohonan/${id}/periksa`, 'name="declaration"') });
    }
  }
});

afterAll(async () => {
  await web?.stop();
  await db.$disconnect();
});

describe("PostgreSQL restarting under a submission load", () => {
  it("loses or duplicates nothing, answers 'busy' meanwhile, and recovers without a restart of the portal", async () => {
    const serverPid = web.process.pid;
    const before = drafts.slice(0, 8);
    const during = drafts.slice(8, 30);
    const after = drafts.slice(30);
    const outcomes = new Map<string, Outcome[]>();
    const record = (draft: Draft, outcome: Outcome) => outcomes.set(draft.id, [...(outcomes.get(draft.id) ?? []), outcome]);

    // A citizen watches one application live through the outage.
    const watched = after[0]!;
    const watcher = await openSse((init) => watched.browser.fetch(`/api/permohonan/${watched.id}/stream`, init));
    await watcher.next((frame) => frame.event === "snapshot", 10_000, "the snapshot");

    await submitAll(before, record, () => false);
    expect([...outcomes.values()].flat()).toEqual(before.map(() => "submitted"));

    let restarted = false;
    let submittedDuring = 0;
    let busyWhileDown = 0;
    let down = false;
    const load = submitAll(
      during,
      (draft, outcome) => {
        record(draft, outcome);
        if (outcome === "submitted") submittedDuring += 1;
        if (outcome === "busy" && down) busyWhileDown += 1;
      },
      () => !restarted,
    );
    const outage = (async () => {
      await waitFor(() => submittedDuring >= 2, { what: "the load to be under way" });
      // "fast" ends every session at once, in-flight transactions included.
      await cluster.stop("fast");
      down = true;
      await waitFor(() => busyWhileDown >= 3, { what: "submissions answered 'busy' while the database is down" });
      // A route handler says the same with a status a client or proxy can act on.
      const upload = new FormData();
      upload.append("fieldKey", "familyCardScan");
      upload.append("file", new File([new Uint8Array(PDF_BYTES)], "kk.pdf", { type: "application/pdf" }));
      const uploadResponse = await watched.browser.fetch(`/api/permohonan/${watched.id}/dokumen`, { method: "POST", body: upload });
      expect(uploadResponse.status).toBe(503);
      expect(uploadResponse.headers.get("retry-after")).toBeTruthy();
      expect(await uploadResponse.json()).toMatchObject({ messageKey: "error.serviceUnavailable" });
      // A page that cannot render at all (here the catalog, for a visitor who is not signed in) is answered by
      // the web server's own busy page: 503, Retry-After, readable without JavaScript, never Next.js's blank error shell.
      const page = await fetch(`${web.url}/layanan?q=${Date.now()}`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBeTruthy();
      expect(await page.text()).toContain(BUSY_ID);
      // The probes (docs/operations.md): not ready, so a load balancer stops sending work here; still alive, so nothing restarts it.
      const ready = await fetch(`${web.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", checks: { database: "unreachable" } });
      expect((await fetch(`${web.url}/api/health`)).status).toBe(200);
      await cluster.start();
      down = false;
      restarted = true;
    })();
    await Promise.all([load, outage]);
    expect(busyWhileDown).toBeGreaterThanOrEqual(3);

    // Recovered: the next submissions go straight through, on the same server process.
    await submitAll(after, record, () => false);
    for (const draft of after) expect(outcomes.get(draft.id)).toEqual(["submitted"]);
    expect(web.process.pid).toBe(serverPid);
    expect(web.process.exitCode).toBeNull();
    const ready = await fetch(`${web.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", worker: "ok" } });

    // Every application exists once: submitted, one number, one event, one notice, one email job.
    const ids = drafts.map((draft) => draft.id);
    const { rows } = await sql(
      databaseUrl,
      `SELECT a.id, a.status, a."trackingNumber",
        (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'submitted') AS events,
        (SELECT count(*)::int FROM "Notification" n WHERE n."messageKey" = 'notification.applicationSubmitted' AND n.link = '/permohonan/' || a.id) AS notices
       FROM "Application" a WHERE a.id = ANY($1)`,
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row).toMatchObject({ status: "SUBMITTED", events: 1, notices: 1 });
    expect(new Set(rows.map((row) => row.trackingNumber)).size).toBe(ids.length);
    for (const id of ids) expect(outcomes.get(id)?.at(-1)).toBe("submitted");

    // The job worker came back too: every submission's email is processed.
    await waitFor(
      async () => {
        const pending = await sql(
          databaseUrl,
          `SELECT count(*)::int AS n FROM "Job" j JOIN "Notification" n ON j.payload->>'notificationId' = n.id
           WHERE n."messageKey" = 'notification.applicationSubmitted' AND j.status <> 'DONE'`,
        );
        return pending.rows[0].n === 0;
      },
      { timeoutMs: 30_000, what: "the email jobs to finish after the restart" },
    );
    const emails = await sql(
      databaseUrl,
      `SELECT count(*)::int AS n FROM "Job" j JOIN "Notification" n ON j.payload->>'notificationId' = n.id
       WHERE n."messageKey" = 'notification.applicationSubmitted' AND n.link = ANY($1)`,
      [ids.map((id) => `/permohonan/${id}`)],
    );
    expect(emails.rows[0].n).toBe(ids.length);

    // Live updates resume: once the portal listens again, a change reaches the watcher who stayed connected.
    await waitFor(
      async () => (await sql(databaseUrl, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'LISTEN satupintu_events'`)).rows[0].n > 0,
      { timeoutMs: 30_000, what: "the portal to LISTEN again" },
    );
    await claimApplication(await actorFor({ email: DISDUKCAPIL_OFFICER }), watched.id, { ip: null });
    const live = await watcher.next((frame) => frame.data.includes('"IN_REVIEW"'), 10_000, "the live status after the restart");
    expect(JSON.parse(live.data)).toMatchObject({ status: "IN_REVIEW" });
    watcher.close();
  });
});
