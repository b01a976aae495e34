/**
 * Turns the runtime schemas' issues (standard.ts, form-definition.ts) into
 * catalog messages an admin can read in either language. The schemas stay as
 * the runtime uses them; only their wording is translated here.
 */
import type { z } from "zod";
import type { MessageKey } from "@/lib/platform/i18n/messages";

type Issue = z.core.$ZodIssue;

const LIST_MESSAGES: Record<string, MessageKey> = {
  sections: "catalogAdmin.error.noSections",
  fields: "catalogAdmin.error.noFields",
  options: "catalogAdmin.error.tooFewOptions",
  accept: "catalogAdmin.error.noFileTypes",
};

export function definitionIssueMessage(issue: Issue): MessageKey {
  const last = String(issue.path.at(-1) ?? "");
  if (issue.code === "custom") {
    if (last === "key") return "catalogAdmin.error.duplicateKey";
    if (issue.path.includes("visibleWhen")) return "catalogAdmin.error.visibleWhenUnknown";
    return "catalogAdmin.error.invalid";
  }
  if (issue.code === "invalid_format" && last === "key") return "catalogAdmin.error.fieldKey";
  if (issue.code === "invalid_format" && last === "documentType") return "catalogAdmin.error.documentType";
  if (issue.code === "invalid_format") return "catalogAdmin.error.invalid";
  if (issue.code === "too_small") {
    if (issue.origin === "array") return LIST_MESSAGES[last] ?? "catalogAdmin.error.listEmpty";
    if (issue.origin === "string") return "catalogAdmin.error.textRequired";
    return "catalogAdmin.error.numberInvalid";
  }
  if (issue.code === "too_big")
    return issue.origin === "string" || issue.origin === "array" ? "catalogAdmin.error.tooLong" : "catalogAdmin.error.numberInvalid";
  if (issue.code === "invalid_type") {
    // Issues do not carry the input: what was expected says enough.
    if (issue.expected === "number" || issue.expected === "int") return "catalogAdmin.error.numberInvalid";
    if (issue.expected === "array") return "catalogAdmin.error.listEmpty";
    if (issue.expected === "string" || issue.expected === "object") return "catalogAdmin.error.textRequired";
    return "catalogAdmin.error.invalid";
  }
  if (issue.code === "invalid_value" || issue.code === "invalid_union") return "catalogAdmin.error.choiceInvalid";
  return "catalogAdmin.error.invalid";
}

/**
 * A field is a union (the scalar types, or a group): when it fails, the
 * schema reports one list of issues per branch. The branch the field's
 * `type` chose is the one that says what is wrong; its issues are lifted
 * to the field's own path.
 */
export function flatIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || !issue.errors.length) return [issue];
    const typeMismatch = (branch: Issue[]) => branch.some((inner) => inner.path.length === 1 && inner.path[0] === "type" && inner.code !== "custom");
    const branch = issue.errors.find((candidate) => !typeMismatch(candidate)) ?? issue.errors[0]!;
    return flatIssues(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  });
}
