/**
 * The citizen profile's part in a form: pre-filling bound fields ("type it
 * once") and checking that the NIK agrees with the stated birth date and sex.
 */
import { parseNik } from "@/lib/identity/nik";
import type { ProfileBinding } from "@/lib/identity/profile-bindings";
import type { FormDefinition } from "./form-definition";
import { isUpdatableFromForm, type ProfileValues, type UpdatableBinding } from "@/lib/identity/profile-fields";
import { type AnswerField, type Answers, type AnswersInput, topLevelFields, visibleFields } from "./form-fields";
import { isCalendarDate } from "./form-values";

export type { ProfileValues };

/** Top-level answer fields that name a profile field; group sub-fields describe other people and are never bound. */
export function profileBoundFields(definition: FormDefinition): { fieldKey: string; binding: ProfileBinding }[] {
  return boundAnswerFields(definition).map(({ field, binding }) => ({ fieldKey: field.key, binding }));
}

function boundAnswerFields(definition: FormDefinition): { field: AnswerField; binding: ProfileBinding }[] {
  const bound: { field: AnswerField; binding: ProfileBinding }[] = [];
  for (const field of topLevelFields(definition)) {
    if (field.type === "group" || field.type === "file" || field.type === "checkbox" || !field.profileBinding) continue;
    bound.push({ field, binding: field.profileBinding });
  }
  return bound;
}

export type ProfileUpdate = { fieldKey: string; binding: UpdatableBinding; value: string; current: string };

/**
 * The profile values this form's answers would change: bound fields a form
 * may update, answered, and different from the profile. The check page
 * offers them; submission writes the ones the citizen ticked.
 */
export function profileUpdatesFrom(definition: FormDefinition, answers: AnswersInput, profile: ProfileValues): ProfileUpdate[] {
  return profileBoundFields(definition).flatMap(({ fieldKey, binding }) => {
    const value = answers[fieldKey];
    if (!isUpdatableFromForm(binding) || typeof value !== "string" || value === "" || value === profile[binding]) return [];
    return [{ fieldKey, binding, value, current: profile[binding] ?? "" }];
  });
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * Fills bound fields the citizen has left empty; never overwrites an answer,
 * so a draft's edits survive reopening. A profile value that is not one of a
 * choice field's options is not filled in.
 */
export function prefillFromProfile(definition: FormDefinition, profile: ProfileValues, answers: Answers): Answers {
  const filled: Answers = { ...answers };
  for (const { field, binding } of boundAnswerFields(definition)) {
    const value = profile[binding]?.trim();
    if (!value || !isEmpty(filled[field.key])) continue;
    if ((field.type === "select" || field.type === "radio") && !field.options.some((option) => option.value === value)) continue;
    filled[field.key] = value;
  }
  return filled;
}

export type ConsistencyIssue = { path: string; messageKey: "form.nikBirthDateMismatch" | "form.nikSexMismatch" };

/** Sex as the seeded forms spell it (the same values the profile stores). */
const SEX_VALUES: Record<string, "MALE" | "FEMALE"> = { MALE: "MALE", FEMALE: "FEMALE" };

/**
 * Readiness issues beyond single fields: the birth date and sex encoded in the
 * applicant's NIK must agree with the stated ones, the commonest typing slip.
 * Both issues sit on the NIK field, where the citizen can compare the two.
 * Missing, hidden or malformed answers are left to the answers schema.
 */
export function checkAnswerConsistency(answers: AnswersInput, definition: FormDefinition): ConsistencyIssue[] {
  const shown = new Set(visibleFields(definition, answers));
  const bound = boundAnswerFields(definition).filter(({ field }) => shown.has(field.key));
  const find = (binding: ProfileBinding, types: readonly AnswerField["type"][]) =>
    bound.find((entry) => entry.binding === binding && types.includes(entry.field.type))?.field;
  const text = (field: AnswerField | undefined) => {
    const value = field ? answers[field.key] : undefined;
    return typeof value === "string" ? value.trim() : "";
  };

  const nikField = find("nik", ["nik"]);
  if (!nikField) return [];
  const parsed = parseNik(text(nikField));
  if (!parsed.ok) return [];
  const { nik } = parsed;
  const issues: ConsistencyIssue[] = [];

  const birthDate = text(find("birthDate", ["date"]));
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (date && isCalendarDate(birthDate)) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (year % 100 !== nik.birthYearTwoDigits || month !== nik.birthMonth || day !== nik.birthDay) {
      issues.push({ path: nikField.key, messageKey: "form.nikBirthDateMismatch" });
    }
  }
  const sex = SEX_VALUES[text(find("sex", ["radio", "select"]))];
  if (sex && sex !== nik.sex) issues.push({ path: nikField.key, messageKey: "form.nikSexMismatch" });
  return issues;
}
