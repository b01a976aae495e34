import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { metricsResponse } from "@/lib/operations/metrics";
import { checkReadiness, healthResponse, readinessResponse, shippedMigrations } from "@/lib/operations/readiness";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { enqueueJob, jobWorkerHealth, startJobWorker } from "@/lib/platform/jobs";
import { sseResponse, type RealtimeBus } from "@/lib/platform/realtime";
import { knownRoutes, withRequestObservability } from "@/scripts/lib/observability.mjs";
import { wib } from "@/tests/fixtures/applications";
import { createSubmittedApplication, loadSlaFixture } from "@/tests/fixtures/sla";

/*
 * The operator's view of a running portal (issue 24; docs/operations.md):
 * liveness, readiness (including while the database is down) and the
 * Prometheus scrape, against the real database and real code paths.
 */

const TOKEN = "metrics-token-for-integration-tests";

async function scrape(options: { now?: Date } = {}): Promise<string> {
  const response = await metricsResponse(new Request("http://portal.test/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }), {
    token: TOKEN,
    ...options,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one sample in a scrape (0 when the series is absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.startsWith(`${name}{`) ? line.slice(name.length + 1, line.indexOf("}")) : "";
    if (wanted.every((pair) => labelText.split(",").includes(pair))) return Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return 0;
}

describe("liveness: /api/health", () => {
  it("answers 200 with a small JSON body that no cache keeps, asking nothing of the database", async () => {
    const response = healthResponse("GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
    expect(healthResponse("HEAD").status).toBe(200);
  });
});

describe("readiness: /api/ready", () => {
  let stopWorker: (() => Promise<void>) | undefined;
  afterAll(async () => stopWorker?.());

  it("is 503 while this instance's job worker is not running, and 200 once it beats", async () => {
    expect(jobWorkerHealth()).toEqual({ state: "stopped" });
    const before = await readinessResponse("GET");
    expect(before.status).toBe(503);
    expect(before.headers.get("retry-after")).toBe("5");
    expect(await before.json()).toEqual({ status: "unavailable", checks: { database: "ok", migrations: "ok", worker: "stopped" } });

    stopWorker = startJobWorker({ pollMs: 60_000, workerId: "operations-test" });
    const after = await readinessResponse("GET");
    expect(after.status).toBe(200);
    expect(after.headers.get("cache-control")).toBe("no-store");
    expect(await after.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", worker: "ok" } });
  });

  it("knows every migration the build ships, and reports one the database lacks as pending", async () => {
    const shipped = shippedMigrations();
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped).toContain("20261206112900_job_request_id");
    const readiness = await checkReadiness({
      migrations: [...shipped, "29991231000000_not_yet_applied"],
      worker: { state: "running", lastBeatMsAgo: 0, healthy: true },
    });
    expect(readiness).toEqual({
      ready: false,
      checks: { database: "ok", migrations: "pending", worker: "ok" },
      pendingMigrations: ["29991231000000_not_yet_applied"],
    });
  });

  it("reports a worker that stopped beating as stalled", async () => {
    const readiness = await checkReadiness({ worker: { state: "running", lastBeatMsAgo: 600_000, healthy: false } });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.worker).toBe("stalled");
  });

  describe("during a database outage", () => {
    const clients: PrismaClient[] = [];
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    let closedPort = 0;
    beforeAll(async () => {
      // A port that refuses connections: open a server, note its port, close it.
      const probe = createTcpServer();
      await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
      closedPort = (probe.address() as AddressInfo).port;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => {
      // The silent server's sockets first: the stuck connection attempt then fails and the pool can end.
      sockets.forEach((socket) => socket.destroy());
      silent.close();
      const ended = Promise.all(clients.map((client) => client.$disconnect().catch(() => {})));
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    });
    const clientAt = (port: number) => {
      const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://portal@127.0.0.1:${port}/satupintu` }) });
      clients.push(client);
      return client;
    };

    it("is 503 with the database unreachable when the server refuses connections", async () => {
      const readiness = await checkReadiness({ client: clientAt(closedPort), worker: { state: "running", lastBeatMsAgo: 0, healthy: true } });
      expect(readiness).toEqual({ ready: false, checks: { database: "unreachable", migrations: "unknown", worker: "ok" } });
      const response = await readinessResponse("GET", readiness);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", checks: { database: "unreachable", migrations: "unknown", worker: "ok" } });
      // Liveness stays up: an outage must not make the orchestrator restart the web processes.
      expect(healthResponse("GET").status).toBe(200);
    });

    it("is 503 within its time limit when the server accepts connections but never answers", async () => {
      const started = Date.now();
      const readiness = await checkReadiness({
        client: clientAt((silent.address() as AddressInfo).port),
        worker: { state: "running", lastBeatMsAgo: 0, healthy: true },
        timeoutMs: 500,
      });
      expect(readiness.checks.database).toBe("unreachable");
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  });
});

describe("metrics: /api/metrics", () => {
  it("does not exist without METRICS_TOKEN, and refuses a missing or wrong token", async () => {
    const bare = new Request("http://portal.test/api/metrics");
    expect((await metricsResponse(bare, { token: undefined })).status).toBe(404);
    const missing = await metricsResponse(bare, { token: TOKEN });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = new Request("http://portal.test/api/metrics", { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect((await metricsResponse(wrong, { token: TOKEN })).status).toBe(401);
    const basic = new Request("http://portal.test/api/metrics", { headers: { authorization: `Basic ${btoa(`x:${TOKEN}`)}` } });
    expect((await metricsResponse(basic, { token: TOKEN })).status).toBe(401);
  });

  it("counts refused sign-ins by reason", async () => {
    const before = sample(await scrape(), "satupintu_sign_in_failures_total", { reason: "invalid" });
    const result = await authenticateUser({ email: `nobody.${randomUUID()}@warga.test`, password: "Salah-sekali-2026" }, { ip: null });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(sample(await scrape(), "satupintu_sign_in_failures_total", { reason: "invalid" })).toBe(before + 1);
  });

  it("shows each queue's depth, oldest waiting job and failures", async () => {
    const queue = `test.metrics.${randomUUID().slice(0, 8)}`;
    const now = new Date();
    await enqueueJob(db, queue, { n: 1 }, { runAt: new Date(now.getTime() - 90_000) });
    await enqueueJob(db, queue, { n: 2 }, { runAt: new Date(now.getTime() - 30_000) });
    await enqueueJob(db, queue, { n: 3 }, { runAt: new Date(now.getTime() + 3_600_000) });
    try {
      const text = await scrape({ now });
      expect(sample(text, "satupintu_jobs_due", { queue })).toBe(2);
      expect(sample(text, "satupintu_jobs_oldest_due_age_seconds", { queue })).toBeCloseTo(90, 0);
      expect(sample(text, "satupintu_database_up")).toBe(1);
      await db.job.updateMany({ where: { queue }, data: { status: "FAILED" } });
      const later = await scrape({ now });
      expect(sample(later, "satupintu_jobs_due", { queue })).toBe(0);
      expect(sample(later, "satupintu_jobs_failed", { queue })).toBe(3);
    } finally {
      await db.job.deleteMany({ where: { queue } });
    }
  });

  it("counts breached applications and the database pool in use", async () => {
    const fixture = await loadSlaFixture();
    const now = wib("2027-06-30T10:00");
    const before = await scrape({ now });
    // Due early June, still in review at the end of the month: breached.
    await createSubmittedApplication(fixture, { status: "IN_REVIEW", submittedAt: wib("2027-06-01T09:00"), assignedOfficerId: fixture.officerId });
    const after = await scrape({ now });
    expect(sample(after, "satupintu_sla_applications", { sla: "BREACHED" })).toBe(sample(before, "satupintu_sla_applications", { sla: "BREACHED" }) + 1);
    expect(after).toContain('satupintu_sla_applications{sla="AT_RISK"}');
    expect(sample(after, "satupintu_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(sample(after, "satupintu_db_pool_max")).toBe(4);
  });

  it("counts open live-update streams", async () => {
    const bus: RealtimeBus = { publish: async () => {}, subscribe: () => () => {}, ready: async () => {}, close: async () => {} };
    const before = sample(await scrape(), "satupintu_sse_watchers");
    const watcher = new AbortController();
    const response = sseResponse({ signal: watcher.signal, topics: ["application:metrics-test"], bus });
    const reader = response.body!.getReader();
    await reader.read();
    expect(sample(await scrape(), "satupintu_sse_watchers")).toBe(before + 1);
    watcher.abort();
    expect(sample(await scrape(), "satupintu_sse_watchers")).toBe(before);
  });

  it("times requests per route group with their request id, as the web server records them", async () => {
    const server = createHttpServer(
      withRequestObservability((request, response) => {
        response.writeHead(request.url?.startsWith("/layanan") ? 200 : 404, { "content-type": "text/plain" });
        response.end(String(request.headers["x-request-id"]));
      }, knownRoutes()),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; id: string | undefined; body: string }>((resolve, reject) => {
        httpRequest({ host: "127.0.0.1", port, path, headers }, (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, id: response.headers["x-request-id"] as string | undefined, body }));
        })
          .on("error", reject)
          .end();
      });
    try {
      const labels = { group: "layanan", method: "GET", status: "200" };
      const before = sample(await scrape(), "satupintu_http_request_duration_seconds_count", labels);
      const traced = await get("/layanan/ktp-el-baru?lang=en", { "x-request-id": "lb-trace-0001" });
      expect(traced).toMatchObject({ status: 200, id: "lb-trace-0001", body: "lb-trace-0001" });
      const fresh = await get("/layanan");
      expect(fresh.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(fresh.body).toBe(fresh.id);
      // A path nobody serves is "other", whatever it says: a label never takes a value a client made up.
      await get("/made-up-path-0123456789");
      const text = await scrape();
      expect(sample(text, "satupintu_http_request_duration_seconds_count", labels)).toBe(before + 2);
      expect(sample(text, "satupintu_http_request_duration_seconds_count", { group: "other", status: "404" })).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain("made-up-path");
    } finally {
      server.close();
    }
  });
});
