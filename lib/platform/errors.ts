import type { MessageKey } from "./i18n/messages";

/**
 * An expected failure a user may see. Its message is a catalog key, so it is
 * shown translated; anything that is not an AppError is shown as a generic
 * error and logged, never echoed to the user.
 */
export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID" | "CONFLICT" | "RATE_LIMITED",
    readonly messageKey: MessageKey,
    readonly fieldErrors: Record<string, MessageKey[]> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "error.notFound");
export const forbidden = () => new AppError("FORBIDDEN", "error.forbidden");
