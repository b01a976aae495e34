import "server-only";
import { snapAccessToken, snapInquiry, snapPayment } from "./snap";
import type { PaymentProvider, ProviderRequest, ProviderResponse } from "./types";

/** SNAP virtual accounts: what a bank (and the built-in simulator) calls. */
const snap: PaymentProvider = {
  id: "snap",
  endpoints: {
    "v1.0/access-token/b2b": snapAccessToken,
    "v1.0/transfer-va/inquiry": snapInquiry,
    "v1.0/transfer-va/payment": async (request, now) => {
      const { response, receipt } = await snapPayment(request, now);
      return receipt?.kind === "recorded" && receipt.outcome === "SETTLED" ? { ...response, settledBillId: receipt.billId } : response;
    },
  },
};

const PROVIDERS = new Map([[snap.id, snap]]);

/** The provider endpoint a request under /api/pembayaran/<provider>/<endpoint> names, or null. */
export function providerEndpoint(providerId: string, endpoint: string): ((request: ProviderRequest, now: Date) => Promise<ProviderResponse>) | null {
  return PROVIDERS.get(providerId)?.endpoints[endpoint] ?? null;
}
