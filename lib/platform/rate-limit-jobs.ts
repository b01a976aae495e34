import "server-only";
import { db } from "./db";
import { registerJobHandler, registerRecurringJob } from "./jobs";
import { sweepExpiredRateLimits } from "./rate-limit";

export const RATE_LIMIT_SWEEP_QUEUE = "platform.sweep-rate-limits";
const SWEEP_EVERY_MS = 60 * 60_000;

/** Expired rate-limit counters are deleted hourly, so the table holds only live windows; instrumentation.ts calls this. */
export function registerRateLimitJobs(): void {
  // One attempt: the next slot sweeps again anyway.
  registerJobHandler(RATE_LIMIT_SWEEP_QUEUE, async () => void (await sweepExpiredRateLimits(db)), { maxAttempts: 1 });
  registerRecurringJob(RATE_LIMIT_SWEEP_QUEUE, SWEEP_EVERY_MS);
}
