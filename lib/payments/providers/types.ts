/**
 * One shape for every payment provider's HTTP exchange (lib/payments/providers):
 * the route handler hands over the request as received, the provider answers
 * in its own protocol. Header names are lower-cased.
 */
export type ProviderRequest = { method: string; path: string; headers: Record<string, string>; body: string; ip: string | null };
export type ProviderResponse = {
  status: number;
  body: Record<string, unknown>;
  /** A bill this request settled: the caller moves its case on at once (the job queued with the payment is the fallback). */
  settledBillId?: string;
};

/** A payment provider the portal accepts notifications from. */
export interface PaymentProvider {
  /** Stored as Payment.provider (with the partner id): the namespace of its references. */
  readonly id: string;
  /** Route segments under /api/pembayaran/<id>/ and what answers each. */
  readonly endpoints: Record<string, (request: ProviderRequest, now: Date) => Promise<ProviderResponse>>;
}
