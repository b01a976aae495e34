import type { MessageParams } from "./i18n/interpolate";
import type { MessageKey } from "./i18n/messages";

/**
 * An expected failure a user may see. Its message is a catalog key, so it is
 * shown translated; anything that is not an AppError is shown as a generic
 * error and logged, never echoed to the user.
 */
export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE",
    readonly messageKey: MessageKey,
    readonly fieldErrors: Record<string, MessageKey[]> = {},
    /** Values a field's message names besides the field (a contrast ratio); shown with the field's first message. */
    readonly fieldParams: Record<string, MessageParams> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "error.notFound");
export const forbidden = () => new AppError("FORBIDDEN", "error.forbidden");

/**
 * Next.js hands an error's `digest` to error boundaries (the message stays on
 * the server), so this is how app/error.tsx and app/global-error.tsx tell a
 * retryable outage from a bug.
 */
export const SERVICE_UNAVAILABLE_DIGEST = "SATUPINTU_SERVICE_UNAVAILABLE";

/**
 * The database cannot be reached right now (restarting, failing over, out of
 * connections): nothing was changed, or the change committed and a retry is
 * answered idempotently, so the user can simply try again.
 */
export class ServiceUnavailableError extends AppError {
  readonly digest = SERVICE_UNAVAILABLE_DIGEST;

  constructor(readonly cause: unknown) {
    super("UNAVAILABLE", "error.serviceUnavailable");
    this.name = "ServiceUnavailableError";
  }
}

export const isServiceUnavailable = (error: unknown): error is AppError => error instanceof AppError && error.code === "UNAVAILABLE";
