import type { FormDefinition } from "@/lib/catalog/form-definition";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { fieldErrorsFromIssues, issuePath } from "@/lib/platform/validation";
import { checkAnswerConsistency, compileAnswersSchema, documentFieldKeys, topLevelFields, type Answers } from "@/lib/catalog/form-schema";

export type ReadinessIssue = { path: string; messageKey: MessageKey };

export type Readiness = { ready: true; answers: Answers; issues: [] } | { ready: false; answers: null; issues: ReadinessIssue[] };

/**
 * The readiness check before submission (issue: "check your answers"): every
 * shown field valid, NIK consistent with the stated birth date and sex, and
 * every shown, required document uploaded. Pure, so the browser can run the
 * same check as the server.
 */
export function checkReadiness(
  definition: FormDefinition,
  rawAnswers: Record<string, unknown>,
  uploadedFieldKeys: readonly string[],
  today: string,
  /** The agency's holidays, for `workingDay` dates (see CompileOptions). */
  nonWorkingDates?: Iterable<string>,
): Readiness {
  const issues: ReadinessIssue[] = [];
  const parsed = compileAnswersSchema(definition, { today, nonWorkingDates }).safeParse(rawAnswers);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ path: issuePath(issue.path), messageKey: issue.message as MessageKey });
    }
  } else {
    for (const issue of checkAnswerConsistency(parsed.data, definition)) {
      issues.push({ path: issue.path, messageKey: issue.messageKey as MessageKey });
    }
  }
  const uploaded = new Set(uploadedFieldKeys);
  const required = new Set(
    topLevelFields(definition)
      .filter((field) => field.type === "file" && field.required)
      .map((field) => field.key),
  );
  for (const key of documentFieldKeys(definition, rawAnswers)) {
    if (required.has(key) && !uploaded.has(key)) issues.push({ path: key, messageKey: "application.documentMissing" });
  }
  if (issues.length > 0 || !parsed.success) return { ready: false, answers: null, issues };
  return { ready: true, answers: parsed.data, issues: [] };
}

/** The readiness issues as a form error: each field's problems under its path. */
export function notReadyError(issues: readonly ReadinessIssue[]): AppError {
  return new AppError("INVALID", "application.notReady", fieldErrorsFromIssues(issues.map(({ path, messageKey }) => ({ path, message: messageKey }))));
}

/**
 * Readiness for a corrected application. Answers the officer did not name
 * were accepted at submission and the citizen cannot change them, so date
 * rules ("not in the past") are judged for them as on the submission day;
 * the named fields must hold today.
 */
export function checkCorrectionReadiness(
  definition: FormDefinition,
  rawAnswers: Record<string, unknown>,
  uploadedFieldKeys: readonly string[],
  days: { submitted: string; today: string },
  namedFields: readonly string[],
  nonWorkingDates?: Iterable<string>,
): Readiness {
  const holidays = [...(nonWorkingDates ?? [])];
  const asSubmitted = checkReadiness(definition, rawAnswers, uploadedFieldKeys, days.submitted, holidays);
  const named = new Set(namedFields);
  const today = checkReadiness(definition, rawAnswers, uploadedFieldKeys, days.today, holidays);
  const seen = new Set(asSubmitted.issues.map((issue) => `${issue.path}:${issue.messageKey}`));
  const issues = [
    ...asSubmitted.issues,
    ...today.issues.filter((issue) => named.has(issue.path.split(".")[0] ?? "") && !seen.has(`${issue.path}:${issue.messageKey}`)),
  ];
  if (issues.length > 0 || !asSubmitted.ready) return { ready: false, answers: null, issues };
  return asSubmitted;
}
