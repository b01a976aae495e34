import "server-only";
import { registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { BILL_EXPIRY_EVERY_MS, BILL_EXPIRY_QUEUE, expireBills } from "./use-cases/expire-bills";

/** The bills' background work; instrumentation.ts calls this before the worker starts. */
export function registerBillJobs(): void {
  // One attempt: a failed sweep is redone by the next slot.
  registerJobHandler(BILL_EXPIRY_QUEUE, async () => void (await expireBills()), { maxAttempts: 1 });
  registerRecurringJob(BILL_EXPIRY_QUEUE, BILL_EXPIRY_EVERY_MS);
}
