import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable, recordDatabaseOutage } from "./database-availability";
import { env } from "./env";
import { ServiceUnavailableError } from "./errors";

export type { Prisma } from "@/lib/generated/prisma/client";

/** One client per process; survives hot reloads in development. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient; pool?: pg.Pool };

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

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    // A pooled connection the server closed (restart, failover) is dropped by
    // pg's pool when it errors; keepAlive makes a silently dead one error too.
    // Our own pool (not one the adapter makes) so that the metrics can read its use.
    const pool = (globalForPrisma.pool = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, keepAlive: true }));
    const adapter = new PrismaPg(pool);
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

/**
 * The client for reads that may lag the primary by a few seconds: the
 * transparency dashboard's figures (rollups the job worker writes on the
 * primary). On DATABASE_REPLICA_URL when set, so dashboard traffic stays off
 * the primary; otherwise the same client as `db`. Never write through it.
 */
export const replicaDb: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const { DATABASE_REPLICA_URL, DATABASE_POOL_MAX } = env();
    const instance = DATABASE_REPLICA_URL
      ? (globalForPrisma.replica ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_REPLICA_URL, max: DATABASE_POOL_MAX }) }))
      : client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/** The primary's connection pool as the metrics report it; null before the first query opened it. */
export function databasePoolUse(): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = globalForPrisma.pool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 } : null;
}

export type Db = PrismaClient;
/** The client handed to a use case inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
