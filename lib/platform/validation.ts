import type { z } from "zod";
import { AppError } from "./errors";
import type { MessageKey } from "./i18n/messages";

/** Parses input or throws an AppError whose field errors are message keys. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, MessageKey[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    (fieldErrors[field] ??= []).push(issue.message as MessageKey);
  }
  throw new AppError("INVALID", "error.invalidInput", fieldErrors);
}
