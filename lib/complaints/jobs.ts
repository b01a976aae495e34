import "server-only";
import { registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { COMPLAINT_SWEEP_EVERY_MS, COMPLAINT_SWEEP_QUEUE, sweepComplaints } from "./use-cases/sweep-complaints";

/** The complaints' background work; instrumentation.ts calls this before the worker starts. */
export function registerComplaintJobs(): void {
  // One attempt: a failed sweep is redone by the next slot five minutes later.
  registerJobHandler(
    COMPLAINT_SWEEP_QUEUE,
    async () => {
      await sweepComplaints();
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(COMPLAINT_SWEEP_QUEUE, COMPLAINT_SWEEP_EVERY_MS);
}
