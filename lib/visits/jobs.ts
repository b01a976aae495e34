import "server-only";
import { registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { sweepVisits, VISIT_SWEEP_EVERY_MS, VISIT_SWEEP_QUEUE } from "./use-cases/sweep-visits";

/** The visits' background work (reminders the day before, expiry); instrumentation.ts calls this before the worker starts. */
export function registerVisitJobs(): void {
  // One attempt: a failed sweep is redone by the next one 15 minutes later.
  registerJobHandler(
    VISIT_SWEEP_QUEUE,
    async () => {
      await sweepVisits();
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(VISIT_SWEEP_QUEUE, VISIT_SWEEP_EVERY_MS);
}
