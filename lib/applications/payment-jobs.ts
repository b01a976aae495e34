import "server-only";
import { registerJobHandler } from "@/lib/platform/jobs";
import { BILL_PAID_QUEUE } from "@/lib/payments/use-cases/receive-payment";
import { continueAfterPayment } from "./use-cases/continue-after-payment";

/** A paid bill moves its case on; instrumentation.ts calls this before the worker starts. */
export function registerPaymentJobs(): void {
  registerJobHandler(BILL_PAID_QUEUE, async (payload) => {
    if (typeof payload.billId === "string") await continueAfterPayment(payload.billId);
  });
}
