import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Histogram, Metric, Registry } from "prom-client";

export type RequestContext = { requestId?: string; jobId?: string };
export type KnownRoutes = { pages: Set<string>; api: Set<string> };

export { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.mjs";
export function contextStore(): AsyncLocalStorage<RequestContext>;
export function runWithContext<T>(context: RequestContext, work: () => T): T;
export function currentContext(): RequestContext | undefined;
export function metricsRegistry(): Registry;
export function sharedMetric<M extends Metric>(name: string, create: (registry: Registry) => M): M;
export function httpRequestDuration(): Histogram<"group" | "method" | "status">;
export function knownRouteSegments(appDir?: string): Set<string>;
export function knownRoutes(appDir?: string): KnownRoutes;
export function routeGroup(url: string | undefined, known: KnownRoutes): string;
export function withRequestObservability(
  next: (request: IncomingMessage, response: ServerResponse) => unknown,
  known?: KnownRoutes,
): (request: IncomingMessage, response: ServerResponse) => unknown;
