import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { jobWorkerHealth, type JobWorkerHealth } from "@/lib/platform/jobs";

/**
 * Liveness and readiness as load balancers and Kubernetes probes expect
 * (issue 24, item 2; docs/operations.md):
 * - /api/health: the process answers. Nothing else is asked, so a database
 *   outage never makes an orchestrator restart healthy web processes.
 * - /api/ready: this instance can serve: the database answers, every
 *   migration in prisma/migrations is applied, and the job worker (when this
 *   instance runs one) is beating. 200 when all hold, else 503, so the
 *   instance is taken out of rotation until they do.
 * Both answer a small JSON body, never cached.
 */

/** How long the database may take to answer the probe before it counts as unreachable (a probe's own timeout is usually 1–5 s). */
export const READY_DATABASE_TIMEOUT_MS = 2_000;

export type CheckState = "ok" | "unreachable" | "pending" | "unknown" | "stopped" | "stalled" | "disabled";
export type Readiness = {
  ready: boolean;
  checks: { database: CheckState; migrations: CheckState; worker: CheckState };
  /** Migrations in prisma/migrations that the database has not applied (names only). */
  pendingMigrations?: string[];
};

/** Something that can run the probe's one query: the portal's client, or (in tests) one pointed elsewhere. */
export type ProbeClient = { $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };

let localMigrations: string[] | undefined;

/** The migrations this build ships: the folders of prisma/migrations holding a migration.sql (read once). */
export function shippedMigrations(directory = path.join(process.cwd(), "prisma", "migrations")): string[] {
  if (localMigrations) return localMigrations;
  const names = existsSync(directory)
    ? readdirSync(directory, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(directory, entry.name, "migration.sql")))
        .map((entry) => entry.name)
        .sort()
    : [];
  localMigrations = names;
  return names;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function workerCheck(health: JobWorkerHealth, workerSetting: "on" | "off"): CheckState {
  if (workerSetting === "off") return "disabled";
  if (health.state === "stopped") return "stopped";
  return health.healthy ? "ok" : "stalled";
}

/**
 * The readiness answer. One query both proves the database reachable and
 * lists the applied migrations. A migration the database has and this build
 * lacks does not count against it: during a rolling deploy the new release
 * migrates first while old instances still serve.
 */
export async function checkReadiness(
  options: { client?: ProbeClient; migrations?: readonly string[]; worker?: JobWorkerHealth; timeoutMs?: number } = {},
): Promise<Readiness> {
  const client = options.client ?? db;
  const shipped = options.migrations ?? shippedMigrations();
  const worker = workerCheck(options.worker ?? jobWorkerHealth(), env().SATUPINTU_WORKER);
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      client.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      options.timeoutMs ?? READY_DATABASE_TIMEOUT_MS,
    );
    applied = new Set(rows.map((row) => row.name));
  } catch {
    return { ready: false, checks: { database: "unreachable", migrations: "unknown", worker } };
  }
  const pending = shipped.filter((name) => !applied.has(name));
  const migrations: CheckState = pending.length === 0 ? "ok" : "pending";
  const ready = migrations === "ok" && (worker === "ok" || worker === "disabled");
  return { ready, checks: { database: "ok", migrations, worker }, ...(pending.length > 0 ? { pendingMigrations: pending } : {}) };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** /api/health: alive. */
export function healthResponse(method: string): Response {
  return method === "HEAD" ? new Response(null, { status: 200, headers: NO_STORE }) : Response.json({ status: "ok" }, { headers: NO_STORE });
}

/** /api/ready: 200 when ready, 503 (with Retry-After) when not; the body names each check's state. */
export async function readinessResponse(method: string, readiness?: Readiness): Promise<Response> {
  const answer = readiness ?? (await checkReadiness());
  const status = answer.ready ? 200 : 503;
  const headers = answer.ready ? NO_STORE : { ...NO_STORE, "Retry-After": "5" };
  if (method === "HEAD") return new Response(null, { status, headers });
  return Response.json(
    { status: answer.ready ? "ready" : "unavailable", checks: answer.checks, pendingMigrations: answer.pendingMigrations },
    { status, headers },
  );
}
