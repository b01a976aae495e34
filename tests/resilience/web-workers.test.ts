import { uploadDir } from "../fixtures/upload-dir";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citizenWithPassword, PASSWORD } from "./support/accounts";
import { Browser } from "./support/http";
import { waitFor } from "./support/wait";
import { startWeb, type WebInstance } from "./support/web";

/**
 * Issue 23: SATUPINTU_WEB_WORKERS=2 runs two web processes on one port, one
 * per core. A session opened through one is honoured by the other; a worker
 * killed mid-service is replaced while the other keeps answering; SIGTERM to
 * the server stops every worker.
 */
const databaseUrl = process.env.DATABASE_URL!;
let web: WebInstance;

function workerPids(primaryPid: number): number[] {
  const children = readFileSync(`/proc/${primaryPid}/task/${primaryPid}/children`, "utf8").trim();
  return children ? children.split(/\s+/).map(Number) : [];
}

beforeAll(async () => {
  web = await startWeb({ databaseUrl, uploadDir, env: { SATUPINTU_WEB_WORKERS: "2" } });
  await waitFor(async () => workerPids(web.process.pid!).length === 2, { timeoutMs: 60_000, what: "two web workers" });
}, 90_000);

afterAll(async () => {
  await web?.stop();
});

describe("two web processes on one port", () => {
  it("serves a signed-in citizen from either process, and keeps serving while a killed worker is replaced", async () => {
    const citizen = await citizenWithPassword();
    const browser = new Browser(web.url);
    await browser.signIn(citizen.email, PASSWORD);
    // A new connection each time (round-robin hands them to both workers); a hang fails in seconds, not at the test's limit.
    const page = () => browser.fetch("/permohonan", { headers: { connection: "close" }, signal: AbortSignal.timeout(15_000) });
    // Every worker knows the session.
    for (let i = 0; i < 8; i++) {
      const response = await page();
      // 200, not the redirect to /masuk a request without a valid session gets.
      expect(response.status, web.output()).toBe(200);
    }

    const [victim, survivor] = workerPids(web.process.pid!);
    process.kill(victim!, "SIGKILL");
    // Requests the dead worker held are lost, as with any crash; once the server has seen it go, every new one is answered.
    await waitFor(async () => web.output().includes(`web worker ${victim} exited`), { timeoutMs: 10_000, what: "the server noticing the dead worker" });
    for (let i = 0; i < 8; i++) {
      const response = await page();
      expect(response.status, web.output()).toBe(200);
    }
    await waitFor(
      async () => {
        const pids = workerPids(web.process.pid!);
        return pids.length === 2 && pids.includes(survivor!) && !pids.includes(victim!);
      },
      { timeoutMs: 60_000, what: "a replacement web worker" },
    );
    expect(web.output()).toContain(`web worker ${victim} exited (SIGKILL); starting another`);
    expect((await page()).status).toBe(200);
  }, 120_000);

  it("stops every worker on SIGTERM", async () => {
    const pids = workerPids(web.process.pid!);
    await web.stop();
    for (const pid of pids) expect(() => process.kill(pid, 0), `worker ${pid} still running`).toThrow();
  }, 30_000);
});
