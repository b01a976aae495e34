import type { FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { SummaryItem } from "./error-summary";

export type Messages = Partial<Record<MessageKey, string>>;

/** Turns a form state's message keys into text, in the order the fields appear. */
export function formMessages(messages: Messages, state: FormState, fieldOrder: readonly string[]) {
  const text = (key: MessageKey) => messages[key] ?? key;
  const fieldErrors = (field: string) => (state.fieldErrors[field] ?? []).map(text);
  const summary: SummaryItem[] = [];
  if (state.formError) summary.push({ message: text(state.formError) });
  for (const field of fieldOrder) {
    const first = state.fieldErrors[field]?.[0];
    if (first) summary.push({ field, message: text(first) });
  }
  return { text, fieldErrors, summary };
}

/** A client-side translator over the subset of messages a page handed down. */
export function textFrom(messages: Messages) {
  return (key: MessageKey, params: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
