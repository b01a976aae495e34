import "server-only";
import { ensureAuditPartitions } from "./audit";
import { db } from "./db";
import { registerJobHandler, registerRecurringJob } from "./jobs";
import { pruneExpiredHistory } from "./retention";

export const RETENTION_QUEUE = "platform.prune-history";
const PRUNE_EVERY_MS = 24 * 3_600_000;

/**
 * Once a day, delete what the retention rules (lib/platform/retention.ts) let go of, and keep the audit
 * log's next months partitioned; instrumentation.ts calls this.
 */
export function registerRetentionJobs(): void {
  // One attempt: tomorrow's run prunes again anyway, and three months of partitions are always ready.
  registerJobHandler(
    RETENTION_QUEUE,
    async () => {
      await ensureAuditPartitions(db);
      await pruneExpiredHistory(db);
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(RETENTION_QUEUE, PRUNE_EVERY_MS);
}
