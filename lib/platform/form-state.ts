import { AppError } from "./errors";
import type { MessageParams } from "./i18n/interpolate";
import type { MessageKey } from "./i18n/messages";

/**
 * What a server action hands back to its form: what the user typed (so nothing
 * is lost), and the problems as message keys per field. Secrets (passwords)
 * are never echoed back.
 */
export type FormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, MessageKey[]>;
  formError?: MessageKey;
  /** Values a field's message names besides the field (e.g. the contrast ratio of a refused colour). */
  fieldParams?: Record<string, MessageParams>;
};

/** A result a form shows in place after a post that saved nothing (a preview, a computation): already in the reader's language. */
export type FormOutcome = { title: string; lines: string[] };

export const EMPTY_FORM_STATE: FormState = { values: {}, fieldErrors: {} };

export function formValues(formData: FormData | Iterable<[string, FormDataEntryValue]>, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData instanceof FormData ? formData.entries() : formData) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/**
 * Whether a refusal's form-level message shows beside the field errors it
 * caused. "fieldsOnly": no, the summary lists the fields, so a form-level
 * line would only repeat one. "specific": yes when it says something of its
 * own (a stale draft, a taken slug), not the generic "invalid input".
 * "always": for forms that show it as a line of its own.
 */
export type FormErrorMode = "fieldsOnly" | "specific" | "always";

/**
 * An expected failure (AppError) goes back to the form with what was typed;
 * anything else is a real error and is rethrown.
 */
export function formStateFromError(values: Record<string, string>, error: unknown, mode: FormErrorMode = "fieldsOnly"): FormState {
  if (!(error instanceof AppError)) throw error;
  const hasFieldErrors = Object.keys(error.fieldErrors).length > 0;
  const dropped = hasFieldErrors && (mode === "fieldsOnly" || (mode === "specific" && error.messageKey === "error.invalidInput"));
  return { values, fieldErrors: error.fieldErrors, formError: dropped ? undefined : error.messageKey, ...withFieldParams(error) };
}

/** Only when there are some, so every other form's state stays as it was. */
function withFieldParams(error: AppError): Pick<FormState, "fieldParams"> {
  return Object.keys(error.fieldParams).length > 0 ? { fieldParams: error.fieldParams } : {};
}

/**
 * The named fields left blank, each with a "Masukkan {field}." problem of its
 * own: a form that looks something up (sign-in, tracking) checks this first,
 * so an empty field is named as empty, not answered "wrong" (issue 17).
 */
export function blankFieldErrors(formData: FormData, names: readonly string[]): Record<string, MessageKey[]> {
  const errors: Record<string, MessageKey[]> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value !== "string" || value.trim() === "") errors[name] = ["validation.required"];
  }
  return errors;
}
