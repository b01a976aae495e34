import type { FormState } from "@/lib/platform/form-state";
import { interpolate, type MessageParams } from "@/lib/platform/i18n/interpolate";
import { isLocale, type MessageKey } from "@/lib/platform/i18n/messages";
import type { SummaryItem } from "./error-summary";

export type Messages = Partial<Record<MessageKey, string>>;

/** A form's fields in the order they appear, each with the label it shows: messages name the field by it. */
export type FieldLabels = Readonly<Record<string, string>>;

/** A client-side translator over the subset of messages a page handed down (which always names its language). */
export function textFrom(messages: Messages) {
  const locale = isLocale(messages["i18n.locale"]) ? messages["i18n.locale"] : "id";
  return (key: MessageKey, params: MessageParams = {}) => interpolate(locale, messages[key] ?? key, params);
}

export type Text = ReturnType<typeof textFrom>;

/**
 * A field's problem as the user reads it, beside the field and in the summary
 * alike: the first one only (GOV.UK: one message per field), naming the field
 * by its label ("Masukkan nama lengkap.", "Email is required.").
 */
export function fieldProblem(text: Text, keys: readonly MessageKey[] | undefined, label: string | undefined, params: MessageParams = {}): string[] {
  const first = keys?.[0];
  return first ? [text(first, { ...params, field: label ?? "" })] : [];
}

/** A summary line that says which field it is about: "Label: message" unless the message names the field already. */
export function summaryLine(label: string, message: string): string {
  return message.toLocaleLowerCase().includes(label.toLocaleLowerCase()) ? message : `${label}: ${message}`;
}

/** Turns a form state's message keys into text, in the order the fields appear, each message naming its field. */
export function formMessages(messages: Messages, state: FormState, fields: FieldLabels) {
  const text = textFrom(messages);
  const fieldErrors = (field: string) => fieldProblem(text, state.fieldErrors[field], fields[field]);
  const summary: SummaryItem[] = [];
  if (state.formError) summary.push({ message: text(state.formError) });
  for (const field of Object.keys(fields)) {
    const [message] = fieldErrors(field);
    if (message) summary.push({ field, message });
  }
  return { text, fieldErrors, summary };
}
