/**
 * Whether an error means "the database cannot be reached right now", as
 * opposed to a bug or a rejected statement. Such failures are retryable: the
 * server is restarting, failing over, or out of connection slots.
 *
 * Errors arrive in several wrappings: Prisma's (P1001 can't reach, P1017
 * closed, P2024 pool timeout), the driver adapter's (`cause.kind`), pg's own
 * (SQLSTATE class 08, 57P01–57P03 shutdowns, 53300 too many connections), and
 * Node's socket errors; `cause` and Prisma's `meta.driverAdapterError` are followed.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "08007"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error and is not queryable/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /timeout exceeded when trying to connect/i,
  /Server has closed the connection/i,
  /Can't reach database server/i,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const candidate = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    originalCode?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof candidate.code === "string") {
    if (PRISMA_CODES.has(candidate.code) || SQLSTATES.has(candidate.code) || SOCKET_CODES.has(candidate.code)) return true;
  }
  if (typeof candidate.originalCode === "string" && SQLSTATES.has(candidate.originalCode)) return true;
  if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
  if (typeof candidate.message === "string" && MESSAGES.some((pattern) => pattern.test(candidate.message as string))) return true;
  return isDatabaseUnavailable(candidate.cause, depth + 1) || isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1);
}

/**
 * When this process last found the database unreachable, kept on the process
 * for the web server in front of Next.js: it answers a page that failed
 * during an outage with its own "service busy" page (scripts/lib/outage-page.mjs).
 */
const LAST_OUTAGE_AT = Symbol.for("satupintu.databaseOutageAt");

export function recordDatabaseOutage(now = Date.now()): void {
  (globalThis as Record<symbol, unknown>)[LAST_OUTAGE_AT] = now;
}
