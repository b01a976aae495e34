import "server-only";
import { isDatabaseUnavailable } from "./database-availability";
import { AppError, ServiceUnavailableError } from "./errors";

const STATUS: Record<AppError["code"], number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** How long a client should wait before retrying during an outage (a database restart takes seconds). */
const RETRY_AFTER_SECONDS = "5";

/**
 * A route handler's answer to an AppError: its status and message key, nothing
 * more. A database outage is a 503 with Retry-After, never a bare 500.
 */
export function errorResponse(error: unknown): Response {
  const known = isDatabaseUnavailable(error) && !(error instanceof AppError) ? new ServiceUnavailableError(error) : error;
  if (known instanceof AppError) {
    const headers: HeadersInit = known.code === "UNAVAILABLE" ? { "Retry-After": RETRY_AFTER_SECONDS } : {};
    return Response.json({ messageKey: known.messageKey, fieldErrors: known.fieldErrors }, { status: STATUS[known.code], headers });
  }
  throw error;
}

/** `attachment; filename*=UTF-8''…`: any file name, safely quoted for the header. */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export type ServedFile = { body: ReadableStream<Uint8Array>; size: number; fileName: string; mimeType: string };

/**
 * A private file as a response: never cached by shared caches, never sniffed
 * into another type. Shown in the browser (`?tampil=1`) only inside a sandbox,
 * so a hostile PDF or image cannot run anything on the portal's origin.
 */
export function privateFileResponse(file: ServedFile, request: Request): Response {
  const inline = new URL(request.url).searchParams.get("tampil") === "1";
  return new Response(file.body, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName, inline ? "inline" : "attachment"),
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; object-src 'self'",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
