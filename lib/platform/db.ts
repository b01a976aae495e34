import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable, recordDatabaseOutage } from "./database-availability";
import { env } from "./env";
import { log } from "./log";
import { ServiceUnavailableError } from "./errors";
import { ReplicaSet, requestPinnedToPrimary } from "./replicas";
import { statementNamer, type StatementNamer } from "./statement-names";

export type { Prisma } from "@/lib/generated/prisma/client";

/** One client per process; survives hot reloads in development. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replicas?: ReplicaSet | null; pool?: pg.Pool };

/** A database outage becomes ServiceUnavailableError (translated, retryable); every other error passes unchanged. */
function asServiceError(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError || !isDatabaseUnavailable(error)) return error;
  recordDatabaseOutage();
  return new ServiceUnavailableError(error);
}

async function translatingOutages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asServiceError(error);
  }
}

/** One namer per process, shared by the primary's and the replicas' pools (lib/platform/statement-names.ts). */
let namer: StatementNamer | undefined;

/** The adapter's options: named statements unless DATABASE_PREPARED_STATEMENTS=off. */
function preparedStatementOptions(): ConstructorParameters<typeof PrismaPg>[1] {
  if (env().DATABASE_PREPARED_STATEMENTS === "off") return {};
  namer ??= statementNamer();
  // Typed as always naming; past the limit it names nothing, and node-postgres sends the unnamed statement as without a generator.
  return { statementNameGenerator: namer as (query: { sql: string }) => string };
}

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    // A pooled connection the server closed (restart, failover) is dropped by
    // pg's pool when it errors; keepAlive makes a silently dead one error too.
    // Our own pool (not one the adapter makes) so that the metrics can read its use.
    const pool = (globalForPrisma.pool = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, keepAlive: true }));
    // An idle pooled connection the server closes (restart, failover) errors on the pool, which drops it; unheard, that error would end the process.
    pool.on("error", (error) => log.warn({ err: error }, "an idle database connection was closed; the pool opens a new one when needed"));
    const adapter = new PrismaPg(pool, preparedStatementOptions());
    const base = new PrismaClient({ adapter });
    // Every query and raw statement, in or out of a transaction. The query
    // extension leaves the client's types as they are.
    const extended = base.$extends({
      query: {
        $allOperations: ({ args, query }) => translatingOutages(() => query(args)),
      },
    });
    globalForPrisma.prisma = extended as unknown as PrismaClient;
  }
  return globalForPrisma.prisma;
}

/**
 * The database client, created on first use rather than at import, so that
 * `next build` (which imports every route) needs no database settings.
 * Opening a transaction can fail before any query runs: it is translated too.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    if (property === "$transaction" && typeof value === "function") {
      return (...args: unknown[]) => translatingOutages(() => (value as (...a: unknown[]) => Promise<unknown>).apply(instance, args));
    }
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

function replicaSet(): ReplicaSet | null {
  if (globalForPrisma.replicas !== undefined) return globalForPrisma.replicas;
  const { DATABASE_REPLICA_URLS, DATABASE_REPLICA_URL, DATABASE_REPLICA_MAX_LAG_SECONDS, DATABASE_REPLICA_CHECK_MS, DATABASE_POOL_MAX } = env();
  const urls = [...new Set([...DATABASE_REPLICA_URLS, ...(DATABASE_REPLICA_URL ? [DATABASE_REPLICA_URL] : [])])];
  globalForPrisma.replicas = urls.length
    ? new ReplicaSet(urls, {
        maxLagSeconds: DATABASE_REPLICA_MAX_LAG_SECONDS,
        checkMs: DATABASE_REPLICA_CHECK_MS,
        poolMax: DATABASE_POOL_MAX,
        adapterOptions: preparedStatementOptions(),
      })
    : null;
  return globalForPrisma.replicas;
}

/** Runs a read on a fit replica, unless the request must read its own writes; on the primary when none is fit or the replica just went down. */
async function onReplicaOrPrimary<T>(read: (client: PrismaClient) => Promise<T>): Promise<T> {
  const replicas = replicaSet();
  const replica = replicas && !(await requestPinnedToPrimary()) ? replicas.pick() : null;
  if (replica) {
    try {
      return await read(replica);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      replicas!.markDown(replica);
    }
  }
  return read(client());
}

type AnyFunction = (...args: unknown[]) => Promise<unknown>;

/**
 * The client for reads that may lag the primary by a few seconds (issue 23):
 * public pages, the catalog, the transparency dashboard and open data, Open311
 * GETs, queue counts. Model reads and $queryRaw go to a streaming replica
 * (DATABASE_REPLICA_URLS, lib/platform/replicas.ts) when one is fit, else to
 * the primary; anything else (transactions, writes) always goes to the
 * primary, so a mistaken write through it still lands in the right place.
 * Without replicas it is `db`.
 */
export const replicaDb: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const primary = client();
    const value = Reflect.get(primary, property, primary);
    if (!replicaSet()) return typeof value === "function" ? value.bind(primary) : value;
    if (property === "$queryRaw" || property === "$queryRawUnsafe") {
      return (...args: unknown[]) => onReplicaOrPrimary((chosen) => (Reflect.get(chosen, property) as AnyFunction).apply(chosen, args));
    }
    if (typeof property !== "string" || property.startsWith("$") || typeof value !== "object" || value === null) {
      return typeof value === "function" ? value.bind(primary) : value;
    }
    // A model delegate: its read methods go to a replica, the rest to the primary.
    return new Proxy(value, {
      get(delegate, method) {
        const member = Reflect.get(delegate, method, delegate);
        if (typeof member !== "function") return member;
        if (typeof method !== "string" || !READ_METHODS.has(method)) return member.bind(delegate);
        return (...args: unknown[]) =>
          onReplicaOrPrimary((chosen) => {
            const model = Reflect.get(chosen, property) as Record<string, AnyFunction>;
            return model[method]!.apply(model, args);
          });
      },
    });
  },
});

const READ_METHODS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);

/** The replicas and their state, for the operator (null: none configured). */
export function replicaStatus() {
  return replicaSet()?.status() ?? null;
}

/**
 * One statement on the primary's pool, past Prisma, for a hot statement whose
 * result nobody reads: the live-update NOTIFY after every status change.
 * Prisma spends about three times pg's own CPU on a raw statement (measured
 * warm: 140 µs against 46 µs), and it is the web process's CPU that bounds
 * submissions (issue 23). An outage is translated as for every query.
 */
export async function runOnPrimaryPool(text: string, values: readonly unknown[]): Promise<void> {
  client();
  await translatingOutages(() => globalForPrisma.pool!.query(text, [...values]));
}

/** The primary's connection pool as the metrics report it; null before the first query opened it. */
export function databasePoolUse(): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = globalForPrisma.pool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 } : null;
}

export type Db = PrismaClient;
/** The client handed to a use case inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
