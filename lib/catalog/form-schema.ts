/**
 * A service's form definition compiled into one zod schema for its answers,
 * used by the server action and by the browser alike (DESIGN.md §2). Pure: no
 * server-only code, so client components import it too.
 *
 * Issue messages are message catalog keys ("form.*"), and issue paths name the
 * field: `applicantNik`, or `familyMembers.2.memberName` for a group item.
 */
import { z } from "zod";
import type { FormDefinition } from "./form-definition";
import {
  type AnswerField,
  type Answers,
  type FormMessageKey,
  type GroupField,
  type GroupItemAnswers,
  type ScalarAnswer,
  type VisibilityScope,
  isRecord,
  topLevelFields,
  visibilityScope,
} from "./form-fields";
import { checkScalar, isCalendarDate, type DateRules } from "./form-values";

export * from "./form-fields";
export { isCalendarDate } from "./form-values";
export { answersFromFormData, flattenAnswers, groupInputName, groupItemCount, groupItemMarkerName } from "./form-data";
export { checkAnswerConsistency, prefillFromProfile, profileBoundFields, profileUpdatesFrom } from "./form-profile";
export type { ConsistencyIssue, ProfileUpdate, ProfileValues } from "./form-profile";

export type CompileOptions = {
  /**
   * Today in the agency's time zone, "YYYY-MM-DD": the reference for
   * notInFuture/notInPast. Passed in so the same answers give the same result
   * on the server and in a browser in another time zone.
   */
  today: string;
  /**
   * The agency's holidays and collective leave (lib/sla's calendar) from today
   * on, for `workingDay` dates; weekends are refused without it.
   */
  nonWorkingDates?: Iterable<string>;
};

type Issue = { path: (string | number)[]; message: FormMessageKey };

/**
 * Hidden fields (a false `visibleWhen`) are neither required nor kept: their
 * answers are dropped so stale values never reach the database. Empty optional
 * answers are left out; file fields are not answers (see documentFieldKeys).
 */
export function compileAnswersSchema(definition: FormDefinition, options: CompileOptions): z.ZodType<Answers> {
  if (!isCalendarDate(options.today)) throw new Error(`compileAnswersSchema: today must be YYYY-MM-DD, got "${options.today}"`);
  const fields = topLevelFields(definition);
  const dates: DateRules = { today: options.today, nonWorkingDates: new Set(options.nonWorkingDates ?? []) };
  return z.unknown().transform((input, ctx): Answers => {
    const issues: Issue[] = [];
    const answers = isRecord(input) ? input : {};
    if (!isRecord(input)) issues.push({ path: [], message: "form.invalidValue" });
    const scope = visibilityScope(fields, answers);
    const output: Answers = {};
    for (const field of fields) {
      if (field.type === "file" || !scope.visible(field.key)) continue;
      const value =
        field.type === "group"
          ? checkGroup(field, answers[field.key], scope, dates, issues)
          : checkField(field, answers[field.key], [field.key], dates, issues);
      if (value !== undefined) output[field.key] = value;
    }
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input });
    return output;
  });
}

function checkField(field: AnswerField, raw: unknown, path: (string | number)[], dates: DateRules, issues: Issue[]): ScalarAnswer | undefined {
  const result = checkScalar(field, raw, field.required, dates);
  if (!result.ok) {
    issues.push({ path, message: result.message });
    return undefined;
  }
  return result.value;
}

function checkGroup(group: GroupField, raw: unknown, parent: VisibilityScope, dates: DateRules, issues: Issue[]): GroupItemAnswers[] | undefined {
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
    issues.push({ path: [group.key], message: "form.invalidValue" });
    return undefined;
  }
  const items: unknown[] = raw ?? [];
  // An optional group may be left empty; once started, its limits apply.
  if (items.length === 0) {
    if (group.required) issues.push({ path: [group.key], message: "form.required" });
    return undefined;
  }
  if (items.length < group.minItems) issues.push({ path: [group.key], message: "form.tooFewItems" });
  if (items.length > group.maxItems) issues.push({ path: [group.key], message: "form.tooManyItems" });

  return items.map((item, index) => {
    if (!isRecord(item)) {
      issues.push({ path: [group.key, index], message: "form.invalidValue" });
      return {};
    }
    const scope = visibilityScope(group.fields, item, parent);
    const output: GroupItemAnswers = {};
    for (const sub of group.fields) {
      if (sub.type === "file" || !scope.visible(sub.key)) continue;
      const value = checkField(sub, item[sub.key], [group.key, index, sub.key], dates, issues);
      if (value !== undefined) output[sub.key] = value;
    }
    return output;
  });
}
