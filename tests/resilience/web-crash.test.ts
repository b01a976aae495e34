import { uploadDir } from "../fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { db } from "@/lib/platform/db";
import { completeDraft, ktpAnswers, startDraft } from "../fixtures/applications";
import { PDF_BYTES } from "../fixtures/documents";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser, type ActionForm } from "./support/http";
import { SmtpSink } from "./support/smtp";
import { sql } from "./support/postgres";
import { waitFor } from "./support/wait";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 10, item 7: the web process is killed (SIGKILL) under a load of
 * uploads and submissions, with emails being sent, and started again. No
 * application is half written, no stored file is left without its row once
 * the orphan sweep's grace period passes, and the jobs the dead worker held
 * resume and take effect once.
 */
const databaseUrl = process.env.DATABASE_URL!;
const sink = new SmtpSink();
const UPLOAD_DRAFTS = 4;
const SUBMIT_DRAFTS = 24;
const CONCURRENCY = 4;

type Submission = { id: string; browser: Browser; form: ActionForm };
let webEnv: Record<string, string>;
let first: WebInstance | undefined;
let second: WebInstance | undefined;
const uploads: { id: string; browser: Browser }[] = [];
const submissions: Submission[] = [];

const upload = (browser: Browser, applicationId: string) => {
  const body = new FormData();
  body.append("fieldKey", "familyCardScan");
  body.append("file", new File([new Uint8Array(PDF_BYTES)], "kk.pdf", { type: "application/pdf" }));
  return browser.fetch(`/api/permohonan/${applicationId}/dokumen`, { method: "POST", body });
};
const submit = (submission: Submission, browser = submission.browser) => browser.submit(submission.form, { declaration: "on" });

/** Every file in the upload directory, as storage keys (temporary files keep their dot names). */
async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(uploadDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir, path.join(entry.parentPath, entry.name)));
}

/** Each application's state and its traces: a submission writes all of them in one transaction, or none. */
async function applicationStates(ids: string[]) {
  const { rows } = await sql(
    databaseUrl,
    `SELECT a.id, a.status, a."trackingNumber" IS NOT NULL AS numbered,
      (SELECT count(*)::int FROM "Document" d WHERE d."applicationId" = a.id AND d."fieldKey" = 'familyCardScan') AS documents,
      (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'submitted') AS events,
      (SELECT count(*)::int FROM "Notification" n WHERE n."messageKey" = 'notification.applicationSubmitted' AND n.link = '/permohonan/' || a.id) AS notices,
      (SELECT count(*)::int FROM "Job" j JOIN "Notification" n ON j.payload->>'notificationId' = n.id
        WHERE n."messageKey" = 'notification.applicationSubmitted' AND n.link = '/permohonan/' || a.id) AS emails
     FROM "Application" a WHERE a.id = ANY($1)`,
    [ids],
  );
  expect(rows).toHaveLength(ids.length);
  return rows as { id: string; status: string; numbered: boolean; documents: number; events: number; notices: number; emails: number }[];
}

/** A row's state without its id, to compare with DRAFT or SUBMITTED. */
function pick(row: { id: string } & Record<string, unknown>) {
  const state: Record<string, unknown> = { ...row };
  delete state.id;
  return state;
}
const DRAFT = { status: "DRAFT", numbered: false, documents: 1, events: 0, notices: 0, emails: 0 };
const SUBMITTED = { status: "SUBMITTED", numbered: true, documents: 1, events: 1, notices: 1, emails: 1 };

async function referencedKeys(): Promise<Set<string>> {
  const { rows } = await sql(databaseUrl, `SELECT "storageKey" FROM "Document" UNION SELECT "storageKey" FROM "OutputDocument"`);
  return new Set(rows.map((row) => row.storageKey as string));
}

beforeAll(async () => {
  const smtpPort = await sink.listen();
  webEnv = {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // Short so the test sees a dead worker's jobs resume; production keeps minutes.
    JOB_LEASE_SECONDS: "3",
    UPLOAD_ORPHAN_GRACE_MINUTES: "0.1",
    UPLOAD_ORPHAN_SWEEP_MINUTES: "0.03",
  };
  const citizens = [await citizenWithPassword(), await citizenWithPassword()];
  first = await startWeb({ databaseUrl, uploadDir, env: webEnv });
  const browsers = await Promise.all(
    citizens.map(async (citizen) => {
      const browser = new Browser(first!.url);
      await browser.signIn(citizen.email, PASSWORD);
      return browser;
    }),
  );
  for (let i = 0; i < UPLOAD_DRAFTS; i++) {
    const citizen = citizens[i % 2]!;
    const { id } = await startDraft(citizen.actor);
    await saveDraft(citizen.actor, id, ktpAnswers(citizen));
    uploads.push({ id, browser: browsers[i % 2]! });
  }
  for (let i = 0; i < SUBMIT_DRAFTS; i++) {
    const { id } = await completeDraft(citizens[i % 2]!);
    const browser = browsers[i % 2]!;
    submissions.push({ id, browser, form: await browser.form(`/permohonan/${id}/periksa`, 'name="declaration"') });
  }
});

afterAll(async () => {
  await first?.kill();
  await second?.stop();
  await sink.close();
  await db.$disconnect();
});

describe("the web process killed mid-load", () => {
  it("leaves no half-written application or orphaned file, and its jobs resume and take effect once", async () => {
    const web = first!;
    let uploaded = 0;
    let submitted = 0;
    const pendingSubmissions = [...submissions];
    const settled = new Set<string>();
    let killed = false;

    // Uploads replace the draft's document again and again, so the load never runs dry before the kill.
    const client = async (index: number) => {
      for (let round = 0; !killed; round++) {
        try {
          if (index % 2 === 0) {
            const target = uploads[(index + round) % uploads.length]!;
            const response = await upload(target.browser, target.id);
            expect(response.status, await response.clone().text()).toBe(201);
            await response.arrayBuffer();
            uploaded += 1;
          } else {
            const submission = pendingSubmissions.shift();
            if (!submission) return;
            const response = await submit(submission);
            expect(response.headers.get("location")).toMatch(new RegExp(`/permohonan/${submission.id}/terkirim$`));
            settled.add(submission.id);
            submitted += 1;
          }
        } catch (error) {
          if (!killed) throw error;
          return; // the connection died with the process: this client does not know the outcome
        }
      }
    };
    const load = Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => client(index)));
    await waitFor(() => uploaded >= 3 && submitted >= 3 && sink.held.size >= 1, {
      what: "uploads, submissions and an email being sent",
    });
    const runningAtKill = (await sql(databaseUrl, `SELECT id FROM "Job" WHERE status = 'RUNNING' AND queue = 'email.send'`)).rows.map(
      (row) => row.id as string,
    );
    killed = true;
    await web.kill();
    await load;
    expect(runningAtKill.length).toBeGreaterThanOrEqual(1);

    // Nothing half written: each submission is wholly there or wholly absent.
    const afterKill = await applicationStates(submissions.map((submission) => submission.id));
    for (const row of afterKill) expect(pick(row)).toEqual(row.status === "DRAFT" ? DRAFT : SUBMITTED);
    for (const id of settled) expect(afterKill.find((row) => row.id === id)?.status).toBe("SUBMITTED");

    // Storage ordering: bytes first, row second, so no row ever names a missing file.
    const keys = await referencedKeys();
    const onDisk = new Set(await filesOnDisk());
    for (const key of keys) expect(onDisk.has(key), `row without its file: ${key}`).toBe(true);

    // What a kill between the write and the commit leaves, old enough for the sweep: a file without a row and a partial write.
    const leftoverDir = path.join(uploadDir, "applications", "2026", "01");
    await mkdir(leftoverDir, { recursive: true });
    const orphan = path.join(leftoverDir, randomUUID());
    const partial = path.join(leftoverDir, `.${randomUUID()}.${randomUUID()}.tmp`);
    await writeFile(orphan, PDF_BYTES);
    await writeFile(partial, PDF_BYTES.slice(0, 10));
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(orphan, anHourAgo, anHourAgo);
    await utimes(partial, anHourAgo, anHourAgo);

    // Started again; the mail server answers now.
    sink.release();
    second = await startWeb({ databaseUrl, uploadDir, env: webEnv });
    const browsers = new Map([...uploads, ...submissions].map((item) => [item.browser, item.browser.on(second!.url)]));

    await waitFor(
      async () => (await sql(databaseUrl, `SELECT count(*)::int AS n FROM "Job" WHERE queue = 'email.send' AND status <> 'DONE'`)).rows[0].n === 0,
      { timeoutMs: 60_000, what: "every email job to finish on the new process" },
    );
    await waitFor(
      async () => {
        const referenced = await referencedKeys();
        const files = await filesOnDisk();
        return files.length === referenced.size && files.every((file) => referenced.has(file));
      },
      { timeoutMs: 60_000, what: "the orphan sweep to leave exactly the referenced files" },
    );
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(partial)).toBe(false);

    // The dead worker's jobs were claimed again and ran to the end; every email went out once.
    const resumed = await sql(databaseUrl, `SELECT status, attempts FROM "Job" WHERE id = ANY($1)`, [runningAtKill]);
    for (const row of resumed.rows) expect(row.status).toBe("DONE");
    expect(resumed.rows.some((row) => row.attempts >= 2)).toBe(true);
    const emailJobs = (await sql(databaseUrl, `SELECT count(*)::int AS n FROM "Job" WHERE queue = 'email.send'`)).rows[0].n;
    const outbox = await sql(databaseUrl, `SELECT count(*)::int AS n, count("sentAt")::int AS sent FROM "EmailOutbox"`);
    expect(outbox.rows[0]).toEqual({ n: emailJobs, sent: emailJobs });
    expect(sink.messages).toHaveLength(emailJobs);

    // The clients whose answer was cut off try again on the new process; each document and application exists once.
    for (const target of uploads) expect((await upload(browsers.get(target.browser)!, target.id)).status).toBe(201);
    for (const submission of submissions) {
      const response = await submit(submission, browsers.get(submission.browser));
      expect(response.headers.get("location")).toMatch(new RegExp(`/permohonan/${submission.id}/terkirim$`));
    }
    const final = await applicationStates([...uploads, ...submissions].map((item) => item.id));
    for (const row of final) expect(pick(row)).toEqual(uploads.some((target) => target.id === row.id) ? DRAFT : SUBMITTED);
  });
});
