import { metricsResponse } from "@/lib/operations/metrics";

export const dynamic = "force-dynamic";

/** Prometheus metrics, for a bearer of METRICS_TOKEN only (docs/operations.md). */
export function GET(request: Request) {
  return metricsResponse(request);
}
