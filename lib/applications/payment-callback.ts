import "server-only";
import type { ProviderRequest, ProviderResponse } from "@/lib/payments/providers/types";
import { continueAfterPayment } from "./use-cases/continue-after-payment";

/**
 * Answers a provider's call and, when it settled a bill, moves the case on
 * before answering, so the citizen returning from the bank sees it moved. Had
 * this step failed (or the process died), the job queued with the payment does it.
 */
export async function settleFromProvider(
  handler: (request: ProviderRequest, now: Date) => Promise<ProviderResponse>,
  request: ProviderRequest,
  now = new Date(),
): Promise<ProviderResponse> {
  const response = await handler(request, now);
  if (response.settledBillId) {
    await continueAfterPayment(response.settledBillId).catch((error: unknown) => console.error("moving a paid case on failed; its job will retry", error));
  }
  return { status: response.status, body: response.body };
}
