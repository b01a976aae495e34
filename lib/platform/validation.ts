import type { z } from "zod";
import { AppError } from "./errors";
import type { MessageKey } from "./i18n/messages";

export type FieldErrors = Record<string, MessageKey[]>;

/** A problem at a place in the input: a zod issue, or a rule's own finding with its path already joined. */
type PlacedIssue = { path: string | readonly PropertyKey[]; message: string };

/** Where a problem sits, as a form names its input: `applicantNik`, `familyMembers.2.memberName`, or `_form` for the whole input. */
export function issuePath(path: string | readonly PropertyKey[]): string {
  return (typeof path === "string" ? path : path.map(String).join(".")) || "_form";
}

/**
 * Each field's problems, from issues whose messages are message keys (our
 * schemas write catalog keys as their messages). `keep` drops problems a
 * form cannot act on, such as answers a correction has locked.
 */
export function fieldErrorsFromIssues(issues: readonly PlacedIssue[], keep: (path: string) => boolean = () => true): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const path = issuePath(issue.path);
    if (keep(path)) (fieldErrors[path] ??= []).push(issue.message as MessageKey);
  }
  return fieldErrors;
}

/** Parses input or throws an AppError whose field errors are message keys. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("INVALID", "error.invalidInput", fieldErrorsFromIssues(result.error.issues));
}
