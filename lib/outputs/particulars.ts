import { answerText } from "@/lib/catalog/answer-display";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { topLevelFields, visibleFields, type Answers } from "@/lib/catalog/form-schema";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import { translate, type Locale } from "@/lib/platform/i18n/messages";

/** One thing an output document states about its subject (the event, the building, the lost items), labelled as the form asked it. */
export type Particular = { label: LocalizedText; value: LocalizedText };

const isEmpty = (value: unknown) => value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * What an output document states besides its holder: each answer its
 * standard's output facts name (`outputFacts`, the facts the output holds),
 * as the form shows it, in the form's order. Files, hidden and empty answers
 * are left out. Pure.
 */
export function outputParticulars(outputFacts: Record<string, string>, definition: FormDefinition, answers: Answers): Particular[] {
  const named = new Set(Object.values(outputFacts));
  const shown = new Set(visibleFields(definition, answers));
  const text = (locale: Locale, field: Parameters<typeof answerText>[0], value: unknown) =>
    answerText(field, value, locale, (key, params) => translate(locale, key, params));
  return topLevelFields(definition)
    .filter((field) => named.has(field.key) && shown.has(field.key) && field.type !== "file" && !isEmpty(answers[field.key]))
    .map((field) => ({ label: field.label, value: { id: text("id", field, answers[field.key]), en: text("en", field, answers[field.key]) } }));
}
