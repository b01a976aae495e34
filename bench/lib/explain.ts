/**
 * The plans behind a benchmark's numbers: captures the SQL the app's own code
 * sends (a Prisma client with query events, installed as the process-wide
 * client lib/platform/db.ts would create) and runs EXPLAIN (ANALYZE, BUFFERS)
 * on each statement with its real parameters.
 */
import pg from "pg";

export type CapturedQuery = { sql: string; params: unknown[] };

type QueryEvent = { query: string; params: string };
type Capturing = { on(): void; off(): CapturedQuery[] };

/** Installs the app's Prisma client with query logging; call before anything uses `db`. */
export async function installCapturingClient(databaseUrl: string, poolMax: number): Promise<Capturing> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolMax }), log: [{ emit: "event", level: "query" }] });
  let capturing = false;
  let captured: CapturedQuery[] = [];
  (client as unknown as { $on(event: "query", listener: (event: QueryEvent) => void): void }).$on("query", (event) => {
    if (!capturing) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(event.params) as unknown[];
    } catch {
      // unparseable parameters: the plan is skipped below
    }
    captured.push({ sql: event.query, params });
  });
  (globalThis as unknown as { prisma?: unknown }).prisma = client;
  return {
    on() {
      captured = [];
      capturing = true;
    },
    off() {
      capturing = false;
      return captured;
    },
  };
}

/** Prisma logs parameters as JSON; pg wants arrays as arrays and everything else as text. */
function asPgParameter(value: unknown): unknown {
  if (value === null || Array.isArray(value)) return value;
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

export async function explainAll(
  databaseUrl: string,
  queries: readonly CapturedQuery[],
): Promise<{ sql: string; plan: string; indexUsed: boolean; seqScans: string[] }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plans = [];
    const seen = new Set<string>();
    for (const query of queries) {
      if (!/^\s*(SELECT|WITH)\b/i.test(query.sql) || seen.has(query.sql)) continue;
      seen.add(query.sql);
      try {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params.map(asPgParameter));
        const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
        const seqScans = [...plan.matchAll(/Seq Scan on "?(\w+)"?/g)].map((match) => match[1]!);
        plans.push({ sql: query.sql, plan, indexUsed: /Index (Only )?Scan|Bitmap Index Scan/.test(plan), seqScans });
      } catch (error) {
        plans.push({ sql: query.sql, plan: `EXPLAIN failed: ${(error as Error).message}`, indexUsed: false, seqScans: [] });
      }
    }
    return plans;
  } finally {
    await client.end();
  }
}

/** A plan cut to fit a report: the first lines carry the scans that matter. */
export function planExcerpt(plan: string, lines = 14): string {
  const all = plan.split("\n");
  return all.length <= lines ? plan : [...all.slice(0, lines), `  … (${all.length - lines} more lines)`].join("\n");
}
