import { formatCalendarDate } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { FormField } from "./form-definition";
import type { AnswerField, GroupField } from "./form-fields";

/** An answer as a reader sees it: option labels, dates in words, yes/no. */
export function displayAnswer(field: AnswerField, value: unknown, locale: Locale, t: Translator): string {
  if (value === undefined || value === null || value === "") return t("application.notAnswered");
  switch (field.type) {
    case "select":
    case "radio":
      return field.options.find((option) => option.value === value)?.label[locale] ?? String(value);
    case "checkbox":
      return value === true || value === "on" || value === "true" ? t("application.yes") : t("application.no");
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatCalendarDate(new Date(`${String(value)}T00:00:00Z`), locale) : String(value);
    default:
      return String(value);
  }
}

/** A repeated group's answers, one line per item ("label: answer; …"); files are listed elsewhere. */
export function groupAnswerLines(field: GroupField, value: unknown, locale: Locale, t: Translator): string[] {
  const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  return items.map((item) =>
    field.fields
      .filter((sub) => sub.type !== "file")
      .map((sub) => `${sub.label[locale]}: ${displayAnswer(sub as AnswerField, item[sub.key], locale, t)}`)
      .join("; "),
  );
}

/** An answer of a field of any kind but a file, as text: a group as its items, one per line. */
export function answerText(field: FormField, value: unknown, locale: Locale, t: Translator): string {
  if (field.type !== "group") return displayAnswer(field as AnswerField, value, locale, t);
  const lines = groupAnswerLines(field, value, locale, t);
  return lines.length ? lines.join("\n") : t("application.notAnswered");
}
