import { Counter, Gauge } from "prom-client";
import { metricsRegistry, sharedMetric } from "@/scripts/lib/observability.mjs";

/**
 * The portal's own Prometheus metrics that code records as things happen
 * (the ones read from the database at scrape time live in
 * lib/operations/metrics.ts). One registry per process, shared with the web
 * server's request metrics (scripts/lib/observability.mjs). docs/operations.md lists them all.
 */

export { metricsRegistry };

export type SignInFailureReason = "invalid" | "rateLimited";

/** Failed sign-ins by reason: wrong or unknown credentials, or refused by the rate limit. */
export function signInFailures(): Counter<"reason"> {
  return sharedMetric(
    "satupintu_sign_in_failures_total",
    (registry) =>
      new Counter({
        name: "satupintu_sign_in_failures_total",
        help: "Sign-in attempts refused: reason=invalid (wrong or unknown credentials) or rateLimited.",
        labelNames: ["reason"],
        registers: [registry],
      }),
  );
}

/** Server-Sent Events streams open on this instance (lib/platform/realtime.ts). */
export function sseWatchers(): Gauge {
  return sharedMetric(
    "satupintu_sse_watchers",
    (registry) => new Gauge({ name: "satupintu_sse_watchers", help: "Live-update (Server-Sent Events) streams open on this instance.", registers: [registry] }),
  );
}
