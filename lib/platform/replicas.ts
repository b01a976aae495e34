import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Streaming read replicas (issue 23, item 3), for the reads that may lag the
 * primary by a few seconds. Each replica's lag is measured in the background;
 * a replica that is down, whose check is overdue, or that lags past the bound
 * is skipped, and when none is left the read goes to the primary. A read that
 * fails on a replica because it went down is retried on the primary at once.
 */

type ReplicaState = {
  url: string;
  client: PrismaClient;
  /** Seconds behind the primary at the last check; null: the check failed. */
  lagSeconds: number | null;
  checkedAt: number;
};

export type ReplicaOptions = {
  maxLagSeconds: number;
  checkMs: number;
  poolMax: number;
  /** The primary's prepared-statement setting, so replicas plan once per connection too (lib/platform/statement-names.ts). */
  adapterOptions?: ConstructorParameters<typeof PrismaPg>[1];
};

/**
 * The replica's own view of its lag: none when it has replayed everything it
 * received; otherwise the time since the last transaction it replayed (an
 * upper bound: replay paused or falling behind shows as growing lag).
 */
const LAG_SQL = `SELECT CASE
  WHEN NOT pg_is_in_recovery() THEN 0
  WHEN pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() AND NOT pg_is_wal_replay_paused() THEN 0
  ELSE COALESCE(EXTRACT(EPOCH FROM (clock_timestamp() - pg_last_xact_replay_timestamp())), 1e9)
END::float8 AS "lag"`;

export class ReplicaSet {
  private readonly replicas: ReplicaState[];
  private next = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    urls: readonly string[],
    private readonly options: ReplicaOptions,
  ) {
    this.replicas = urls.map((url) => ({
      url,
      client: new PrismaClient({
        adapter: new PrismaPg({ connectionString: url, max: options.poolMax, connectionTimeoutMillis: 2000 }, options.adapterOptions),
      }),
      lagSeconds: null,
      checkedAt: 0,
    }));
  }

  get size(): number {
    return this.replicas.length;
  }

  /** Measures every replica now; the background loop calls it every checkMs. */
  async checkAll(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => this.check(replica)));
  }

  private async check(replica: ReplicaState): Promise<void> {
    try {
      const [row] = await replica.client.$queryRawUnsafe<{ lag: number }[]>(LAG_SQL);
      replica.lagSeconds = Number(row?.lag ?? Number.POSITIVE_INFINITY);
    } catch {
      replica.lagSeconds = null;
    }
    replica.checkedAt = Date.now();
  }

  /** Starts the background checks on first use; unref'd, so it never keeps a process alive. */
  private ensureChecking(): void {
    if (this.timer || this.replicas.length === 0) return;
    void this.checkAll();
    this.timer = setInterval(() => void this.checkAll(), this.options.checkMs);
    this.timer.unref?.();
  }

  private usable(replica: ReplicaState, now: number): boolean {
    const fresh = now - replica.checkedAt <= this.options.checkMs * 3;
    return fresh && replica.lagSeconds !== null && replica.lagSeconds <= this.options.maxLagSeconds;
  }

  /** A replica fit to read from, round robin; null when none is (down, lagging, or not measured yet). */
  pick(now = Date.now()): PrismaClient | null {
    this.ensureChecking();
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (this.usable(replica, now)) return replica.client;
    }
    return null;
  }

  /** A read failed because the replica is unreachable: skip it until a check finds it back. */
  markDown(client: PrismaClient): void {
    const replica = this.replicas.find((candidate) => candidate.client === client);
    if (replica) replica.lagSeconds = null;
  }

  /** What an operator (and the metrics) see: each replica's host, lag and whether reads go to it. */
  status(now = Date.now()) {
    return this.replicas.map((replica) => ({ host: new URL(replica.url).host, lagSeconds: replica.lagSeconds, usable: this.usable(replica, now) }));
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.replicas.map((replica) => replica.client.$disconnect()));
  }
}

/**
 * Read your own writes: a request whose user wrote in the last moments reads
 * the primary. The request layer tells (lib/auth/read-your-writes.ts registers
 * how, from a cookie the action runner sets); outside a request nobody is pinned.
 */
let pinnedToPrimary: () => Promise<boolean> = async () => false;

export function setReadYourWritesCheck(check: () => Promise<boolean>): void {
  pinnedToPrimary = async () => {
    try {
      return await check();
    } catch {
      return false;
    }
  };
}

export function requestPinnedToPrimary(): Promise<boolean> {
  return pinnedToPrimary();
}
