// The request id (issue 24): one per request, carried into its logs and the
// jobs it enqueues. Tiny and dependency-free: proxy.ts imports it.
export const REQUEST_ID_HEADER = "x-request-id";
/** An incoming id is kept only when it is short and plain (a load balancer's or tracer's id); anything else is replaced, so a log line never carries what a client typed. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the incoming `x-request-id` when acceptable, else a fresh UUID. */
export function requestIdFrom(incoming) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return typeof value === "string" && ACCEPTABLE_REQUEST_ID.test(value) ? value : crypto.randomUUID();
}
