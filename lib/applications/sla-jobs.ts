import "server-only";
import { registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { HOLIDAYS_ADDED_QUEUE } from "@/lib/sla/holiday-events";
import { extendDueDatesForHolidays } from "./use-cases/extend-due-dates";
import { SLA_SWEEP_EVERY_MS, SLA_SWEEP_QUEUE, sweepSla } from "./use-cases/sweep-sla";

/** The SLA's background work; instrumentation.ts calls this before the worker starts. */
export function registerSlaJobs(): void {
  // One attempt: a failed sweep is retried by the next slot five minutes later,
  // rather than piling retries of old slots on top of new ones.
  registerJobHandler(
    SLA_SWEEP_QUEUE,
    async () => {
      await sweepSla();
    },
    { maxAttempts: 1 },
  );
  registerRecurringJob(SLA_SWEEP_QUEUE, SLA_SWEEP_EVERY_MS);
  registerJobHandler(HOLIDAYS_ADDED_QUEUE, async (payload) => {
    await extendDueDatesForHolidays(payload);
  });
}
