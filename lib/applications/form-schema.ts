/**
 * A service's form definition compiled into one zod schema for its answers,
 * used by the server action and by the browser alike (DESIGN.md §2). Pure: no
 * server-only code, so client components import it too.
 *
 * Issue messages are message catalog keys ("form.*"), and issue paths name the
 * field: `applicantNik`, or `familyMembers.2.memberName` for a group item.
 */
import { z } from "zod";
import type { FormDefinition } from "@/lib/catalog/form-definition";
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
import { checkScalar, isCalendarDate } from "./form-values";

export * from "./form-fields";
export { isCalendarDate, normalizePhone } from "./form-values";
export { answersFromFormData, flattenAnswers, groupInputName, groupItemCount, groupItemMarkerName } from "./form-data";
export { checkAnswerConsistency, prefillFromProfile, profileBoundFields } from "./form-profile";
export type { ConsistencyIssue, ProfileValues } from "./form-profile";

export type CompileOptions = {
  /**
   * Today in the agency's time zone, "YYYY-MM-DD": the reference for
   * notInFuture/notInPast. Passed in so the same answers give the same result
   * on the server and in a browser in another time zone.
   */
  today: string;
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
          ? checkGroup(field, answers[field.key], scope, options.today, issues)
          : checkField(field, answers[field.key], [field.key], options.today, issues);
      if (value !== undefined) output[field.key] = value;
    }
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input });
    return output;
  });
}

function checkField(
  field: AnswerField,
  raw: unknown,
  path: (string | number)[],
  today: string,
  issues: Issue[],
): ScalarAnswer | undefined {
  const result = checkScalar(field, raw, field.required, today);
  if (!result.ok) {
    issues.push({ path, message: result.message });
    return undefined;
  }
  return result.value;
}

function checkGroup(
  group: GroupField,
  raw: unknown,
  parent: VisibilityScope,
  today: string,
  issues: Issue[],
): GroupItemAnswers[] | undefined {
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
      const value = checkField(sub, item[sub.key], [group.key, index, sub.key], today, issues);
      if (value !== undefined) output[sub.key] = value;
    }
    return output;
  });
}
