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
};

export const EMPTY_FORM_STATE: FormState = { values: {}, fieldErrors: {} };

export function formValues(
  formData: FormData | Iterable<[string, FormDataEntryValue]>,
  omit: readonly string[] = [],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData instanceof FormData ? formData.entries() : formData) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}
