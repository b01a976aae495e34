import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { Gauge } from "prom-client";
import { slaFilter } from "@/lib/applications/queue";
import { databasePoolUse, db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { metricsRegistry } from "@/lib/platform/metrics";
import { sharedMetric } from "@/scripts/lib/observability.mjs";

/**
 * The Prometheus endpoint (issue 24, item 2; docs/operations.md lists every
 * metric). Counters and histograms are recorded where things happen (the web
 * server's request metrics, sign-in failures, SSE streams:
 * lib/platform/metrics.ts); the figures that live in the database (job queue,
 * SLA) are read here at scrape time, in two cheap statements.
 *
 * Access: a bearer of METRICS_TOKEN. Without the setting the endpoint does
 * not exist (404), so a portal nobody configured for monitoring shows none;
 * a missing or wrong token is a 401.
 */

function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  return sharedMetric(name, (registry) => new Gauge({ name, help, labelNames, registers: [registry] }));
}

const jobsDue = () => gauge("satupintu_jobs_due", "Jobs waiting to run now (PENDING, due), per queue: the queue depth.", ["queue"]);
const jobsRunning = () => gauge("satupintu_jobs_running", "Jobs claimed by a worker and running, per queue.", ["queue"]);
const jobsFailed = () => gauge("satupintu_jobs_failed", "Jobs that failed for good (FAILED), per queue.", ["queue"]);
const oldestDueJobAge = () =>
  gauge("satupintu_jobs_oldest_due_age_seconds", "How long the oldest due job has waited past its run time, per queue (0: none waiting).", ["queue"]);
const slaOpenApplications = () =>
  gauge("satupintu_sla_applications", "Open applications by SLA status: AT_RISK (recorded at risk, not yet due) and BREACHED (past due).", ["sla"]);
const poolConnections = () =>
  gauge("satupintu_db_pool_connections", "This instance's connections to the primary: total open, idle, and requests waiting for one.", ["state"]);
const poolMax = () => gauge("satupintu_db_pool_max", "The pool's connection limit (DATABASE_POOL_MAX).");
const databaseUp = () => gauge("satupintu_database_up", "1 when the last scrape could read the database's figures, else 0.");

type QueueRow = { queue: string; due: number; running: number; failed: number; oldestRunAt: Date | null };

/** Reads the database's figures into their gauges; a failure leaves them out and reports database_up 0. */
async function refreshDatabaseGauges(now: Date): Promise<void> {
  try {
    const [queues, atRisk, breached] = await Promise.all([
      db.$queryRaw<QueueRow[]>`
        SELECT "queue",
          count(*) FILTER (WHERE "status" = 'PENDING' AND "runAt" <= ${now})::int AS "due",
          count(*) FILTER (WHERE "status" = 'RUNNING')::int AS "running",
          count(*) FILTER (WHERE "status" = 'FAILED')::int AS "failed",
          min("runAt") FILTER (WHERE "status" = 'PENDING' AND "runAt" <= ${now}) AS "oldestRunAt"
        FROM "Job" WHERE "status" IN ('PENDING', 'RUNNING', 'FAILED')
        GROUP BY "queue"`,
      db.application.count({ where: slaFilter("AT_RISK", now) }),
      db.application.count({ where: slaFilter("BREACHED", now) }),
    ]);
    for (const metric of [jobsDue(), jobsRunning(), jobsFailed(), oldestDueJobAge()]) metric.reset();
    for (const row of queues) {
      jobsDue().set({ queue: row.queue }, row.due);
      jobsRunning().set({ queue: row.queue }, row.running);
      jobsFailed().set({ queue: row.queue }, row.failed);
      oldestDueJobAge().set({ queue: row.queue }, row.oldestRunAt ? Math.max(0, (now.getTime() - row.oldestRunAt.getTime()) / 1000) : 0);
    }
    slaOpenApplications().set({ sla: "AT_RISK" }, atRisk);
    slaOpenApplications().set({ sla: "BREACHED" }, breached);
    databaseUp().set(1);
  } catch (error) {
    databaseUp().set(0);
    log.warn({ err: error }, "metrics: the database's figures could not be read");
  }
}

function refreshPoolGauges(): void {
  const pool = databasePoolUse();
  poolConnections().set({ state: "total" }, pool?.total ?? 0);
  poolConnections().set({ state: "idle" }, pool?.idle ?? 0);
  poolConnections().set({ state: "waiting" }, pool?.waiting ?? 0);
  poolMax().set(pool?.max ?? env().DATABASE_POOL_MAX);
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time). */
export function bearsMetricsToken(authorization: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return !!match && timingSafeEqual(digest(match[1]!), digest(token));
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The scrape's answer; `token` and `now` stand in for METRICS_TOKEN and the clock in tests. */
export async function metricsResponse(request: Request, options: { token?: string; now?: Date } = {}): Promise<Response> {
  const token = "token" in options ? options.token : env().METRICS_TOKEN;
  const now = options.now ?? new Date();
  if (!token) return new Response("Not Found\n", { status: 404, headers: NO_STORE });
  if (!bearsMetricsToken(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", { status: 401, headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="satupintu-metrics"' } });
  }
  refreshPoolGauges();
  await refreshDatabaseGauges(now);
  const registry = metricsRegistry();
  return new Response(await registry.metrics(), { headers: { ...NO_STORE, "Content-Type": registry.contentType } });
}
