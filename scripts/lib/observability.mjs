// What the web server and the portal's code share for operators (issue 24):
// the request id, the request's context (AsyncLocalStorage), and the one
// Prometheus registry of the process. Plain JavaScript so that the production
// web server (scripts/serve.mjs) can use it before Next.js loads; kept on
// globalThis under Symbol.for keys because Next.js's bundles, proxy.ts and this
// server may each load their own copy of a module, and all must meet in one
// registry and one context store per process.
import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync } from "node:fs";
import path from "node:path";
import client from "prom-client";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.mjs";

export { REQUEST_ID_HEADER, requestIdFrom };

const CONTEXT = Symbol.for("satupintu.requestContext");
const REGISTRY = Symbol.for("satupintu.metricsRegistry");

/** The per-process store of the current request's (or job's) context: `{ requestId?, jobId? }`. */
export function contextStore() {
  return (globalThis[CONTEXT] ??= new AsyncLocalStorage());
}

/** Runs `work` with `context` as the current request context (logs and enqueued jobs read it). */
export function runWithContext(context, work) {
  return contextStore().run(context, work);
}

export function currentContext() {
  return contextStore().getStore();
}

/** The process's metrics registry, with Node.js's own process metrics (memory, event loop lag, …) registered once. */
export function metricsRegistry() {
  let registry = globalThis[REGISTRY];
  if (!registry) {
    registry = globalThis[REGISTRY] = new client.Registry();
    client.collectDefaultMetrics({ register: registry, prefix: "satupintu_" });
  }
  return registry;
}

/** The metric called `name`, created by `create(registry)` on first use. */
export function sharedMetric(name, create) {
  const registry = metricsRegistry();
  return registry.getSingleMetric(name) ?? create(registry);
}

export function httpRequestDuration() {
  return sharedMetric(
    "satupintu_http_request_duration_seconds",
    (registry) =>
      new client.Histogram({
        name: "satupintu_http_request_duration_seconds",
        help: "Time from request to the end of the response, by route group (rate: the _count series).",
        labelNames: ["group", "method", "status"],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  );
}

/**
 * The top-level path segments the portal serves, read from app/ (route groups
 * such as "(public)" opened), so that a label never takes a value a client
 * invented: anything else is "other".
 */
export function knownRouteSegments(appDir = path.join(process.cwd(), "app")) {
  const segments = new Set();
  const visit = (dir, depth) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      if (entry.name.startsWith("(") && depth < 2) visit(path.join(dir, entry.name), depth + 1);
      else if (/^[a-z0-9-]+$/.test(entry.name)) segments.add(entry.name);
    }
  };
  visit(appDir, 0);
  return segments;
}

/** The route group of a request path: "home", "static", "api/<name>", a known first segment, or "other". */
export function routeGroup(url, known) {
  const pathname = (url ?? "/").split("?")[0];
  if (pathname === "/") return "home";
  if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "static" : "next";
  const [first, second] = pathname.split("/").slice(1);
  if (first === "api") return second && /^[a-z0-9-]{1,40}$/.test(second) && known.api?.has(second) ? `api/${second}` : "api/other";
  return first && known.pages.has(first) ? first : "other";
}

/** The known segments for routeGroup: pages and API folders under app/. */
export function knownRoutes(appDir = path.join(process.cwd(), "app")) {
  return { pages: knownRouteSegments(appDir), api: knownRouteSegments(path.join(appDir, "api")) };
}

/**
 * Wraps the web server's handler: gives the request its id (kept in the
 * request headers, so proxy.ts and the pages see the same one, and sent back),
 * runs it inside its context, and records its duration under its route group.
 */
export function withRequestObservability(next, known = knownRoutes()) {
  const histogram = httpRequestDuration();
  return (request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    const group = routeGroup(request.url, known);
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      histogram.observe({ group, method: request.method ?? "GET", status: String(response.statusCode) }, seconds);
    });
    return runWithContext({ requestId }, () => next(request, response));
  };
}
