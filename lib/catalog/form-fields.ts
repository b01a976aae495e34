/**
 * Shared vocabulary of the form compiler: answer types, field lookups,
 * visibility and the message keys. Pure: imported by client components too.
 */
import type { FormDefinition, FormField } from "./form-definition";
import type { MessageKey } from "@/lib/platform/i18n/messages";

export type GroupField = Extract<FormField, { type: "group" }>;
export type ScalarField = Exclude<FormField, { type: "group" }>;
export type FileField = Extract<ScalarField, { type: "file" }>;
/** A field whose value lives in the answers object (files are uploaded as documents). */
export type AnswerField = Exclude<ScalarField, { type: "file" }>;

export type ScalarAnswer = string | number | boolean;
export type GroupItemAnswers = { [subKey: string]: ScalarAnswer | undefined };
export type AnswerValue = ScalarAnswer | GroupItemAnswers[];
/**
 * Answers keyed by field key. Raw answers (from a form post) hold strings and
 * booleans; validated answers hold normalised strings, numbers and booleans.
 */
export type Answers = { [fieldKey: string]: AnswerValue | undefined };
/** Anything answer-shaped: read-only helpers also accept unvalidated JSON. */
export type AnswersInput = Readonly<Record<string, unknown>>;

export const FORM_MESSAGE_KEYS = [
  "form.required",
  "form.invalidValue",
  "form.tooShort",
  "form.tooLong",
  "form.invalidPattern",
  "form.notANumber",
  "form.notAnInteger",
  "form.tooSmall",
  "form.tooLarge",
  "form.invalidDate",
  "form.dateInFuture",
  "form.dateInPast",
  "form.dateNotWorkingDay",
  "form.invalidOption",
  "form.invalidNik",
  "form.invalidPhone",
  "form.invalidEmail",
  "form.tooFewItems",
  "form.tooManyItems",
  "form.nikBirthDateMismatch",
  "form.nikSexMismatch",
] as const satisfies readonly MessageKey[];
export type FormMessageKey = (typeof FORM_MESSAGE_KEYS)[number];

export function topLevelFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** True for a checkbox answer in any of its shapes: a boolean, or a posted "on"/"true". */
export function isChecked(value: unknown): boolean {
  return value === true || value === "on" || value === "true";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Condition = { field: string; equals: string | boolean };
type FieldLike = { key: string; visibleWhen?: Condition };

function conditionMet(value: unknown, equals: string | boolean): boolean {
  if (typeof equals === "boolean") return isChecked(value) === equals;
  if (typeof value === "string") return value.trim() === equals;
  if (typeof value === "number") return String(value) === equals;
  return false;
}

/** Answers whether a field in one scope (the form, or one group item) is shown. */
export type VisibilityScope = { visible(key: string): boolean; has(key: string): boolean; value(key: string): unknown };

/**
 * A field is shown when its condition holds and the field the condition looks
 * at is itself shown: a condition on a hidden field is false, because hidden
 * answers are dropped. Group sub-fields look at a sibling first, then at the
 * top-level fields (`parent`). A cycle, or an unknown field, hides the field.
 */
export function visibilityScope(fields: readonly FieldLike[], values: AnswersInput, parent?: VisibilityScope): VisibilityScope {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const scope: VisibilityScope = {
    has: (key) => byKey.has(key),
    value: (key) => values[key],
    visible(key) {
      const field = byKey.get(key);
      if (!field) return false;
      const known = memo.get(key);
      if (known !== undefined) return known;
      if (visiting.has(key)) return false;
      visiting.add(key);
      let shown = true;
      const condition = field.visibleWhen;
      if (condition) {
        const owner = byKey.has(condition.field) ? scope : parent?.has(condition.field) ? parent : undefined;
        shown = owner !== undefined && owner.visible(condition.field) && conditionMet(owner.value(condition.field), condition.equals);
      }
      visiting.delete(key);
      memo.set(key, shown);
      return shown;
    },
  };
  return scope;
}

/** The top-level field keys (file fields included) shown for these answers, in form order. */
export function visibleFields(definition: FormDefinition, answers: AnswersInput): string[] {
  const fields = topLevelFields(definition);
  const scope = visibilityScope(fields, answers);
  return fields.filter((field) => scope.visible(field.key)).map((field) => field.key);
}

/**
 * The file fields' keys: documents uploaded separately from the answers. With
 * answers, only the ones currently shown (a hidden document is not asked for).
 */
export function documentFieldKeys(definition: FormDefinition, answers?: AnswersInput): string[] {
  const shown = answers ? new Set(visibleFields(definition, answers)) : undefined;
  return topLevelFields(definition)
    .filter((field) => field.type === "file" && (!shown || shown.has(field.key)))
    .map((field) => field.key);
}
