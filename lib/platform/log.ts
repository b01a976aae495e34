import pino, { type Logger } from "pino";
import { currentContext } from "@/scripts/lib/observability.mjs";
import { env } from "./env";
import { sanitiseForLog, sanitiseText } from "./log-sanitiser";

/**
 * The portal's log: one JSON object per line on stdout (pino), for the
 * platform's log collector. Each line carries the request id of the request
 * or job it belongs to (scripts/lib/observability.mjs keeps it in an
 * AsyncLocalStorage context), never personal data: every argument passes
 * lib/platform/log-sanitiser.ts, and pino's `redact` removes the usual keys
 * again. Usage: `log.error({ err, queue }, "what failed")`; the object first,
 * an error under `err`. docs/operations.md describes the fields.
 */

/** Where lines go: stdout, or a test's capture (captureLogLines). */
type Sink = { write(line: string): void };
const globalForLog = globalThis as unknown as { satupintuLog?: { logger?: Logger; sink: Sink } };
const state = (globalForLog.satupintuLog ??= { sink: { write: (line) => void process.stdout.write(line) } });

/** pino's second net over the sanitiser: these keys at the top level and one level down. */
const REDACT_KEYS = ["password", "passwordHash", "token", "secret", "authorization", "cookie", "nik", "email", "name", "phone", "to"];
const REDACT_PATHS = [...REDACT_KEYS, ...REDACT_KEYS.map((key) => `*.${key}`), 'headers["authorization"]', 'headers["cookie"]'];

function createLogger(): Logger {
  let level = "info";
  try {
    level = env().LOG_LEVEL;
  } catch {
    // A process without full settings (a script, the build) still logs, at info.
  }
  return pino(
    {
      level,
      base: { service: "satupintu" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // Errors arrive already flattened by the sanitiser (type, message, stack, code, cause); pino's own serializer would rename them "Object".
      serializers: { err: (value: unknown) => value },
      mixin() {
        const context = currentContext();
        return context ? { ...(context.requestId ? { requestId: context.requestId } : {}), ...(context.jobId ? { jobId: context.jobId } : {}) } : {};
      },
      hooks: {
        // Every argument of every call, before pino sees it: the object sanitised, the message and its format arguments masked.
        logMethod(args, method) {
          const cleaned = args.map((arg) => (typeof arg === "string" ? sanitiseText(arg) : sanitiseForLog(arg))) as Parameters<typeof method>;
          return method.apply(this, cleaned);
        },
      },
    },
    { write: (line: string) => state.sink.write(line) },
  );
}

/** The process's logger (created on first use, so LOG_LEVEL is read when settings are ready). */
export const log: Logger = new Proxy({} as Logger, {
  get(_target, property) {
    const logger = (state.logger ??= createLogger());
    const value = Reflect.get(logger, property, logger);
    return typeof value === "function" ? value.bind(logger) : value;
  },
});

/**
 * Sends every line written until the returned `stop()` into `lines` (parsed
 * JSON) instead of stdout: for tests that check what a code path logs.
 */
export function captureLogLines(): { lines: Record<string, unknown>[]; raw: string[]; stop: () => void } {
  const previous = state.sink;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  state.sink = {
    write(line) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { lines, raw, stop: () => void (state.sink = previous) };
}

/** What Next.js's onRequestError hands instrumentation.ts, reduced to what we log. */
export type FailedRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
export type FailedRequestContext = { routerKind: string; routePath: string; routeType: string; renderSource?: string };

/**
 * Logs a request Next.js could not answer (its `onRequestError` hook): the
 * route, the method, the request id and the error, without the query string
 * (tracking secrets, tokens in links) or any header value but the id.
 */
export function logRequestError(error: unknown, request: FailedRequest, context: FailedRequestContext): void {
  const requestId = request.headers["x-request-id"];
  const digest = (error as { digest?: unknown } | null)?.digest;
  log.error(
    {
      err: error,
      requestId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      ...(context.renderSource ? { renderSource: context.renderSource } : {}),
      ...(typeof digest === "string" ? { digest } : {}),
    },
    "request failed",
  );
}
