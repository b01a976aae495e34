import "server-only";
import { db } from "./db";
import { registerJobHandler, registerRecurringJob } from "./jobs";
import { pruneExpiredHistory } from "./retention";

export const RETENTION_QUEUE = "platform.prune-history";
const PRUNE_EVERY_MS = 24 * 3_600_000;

/** Once a day, delete what the retention rules (lib/platform/retention.ts) let go of; instrumentation.ts calls this. */
export function registerRetentionJobs(): void {
  // One attempt: tomorrow's run prunes again anyway.
  registerJobHandler(RETENTION_QUEUE, async () => void (await pruneExpiredHistory(db)), { maxAttempts: 1 });
  registerRecurringJob(RETENTION_QUEUE, PRUNE_EVERY_MS);
}
