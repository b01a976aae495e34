/**
 * What a service standard declares for the wallet (DESIGN.md §16), read from
 * a stored standard: the document type its output is, the facts that output
 * holds, and the facts it needs from another service's output. Document types
 * are data: a requirement (a form's file field) names one, and any output or
 * accepted upload of that type can stand in for the upload. Pure.
 */
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { WalletDeclarations } from "@/lib/catalog/standard";
import type { Answers } from "@/lib/catalog/form-schema";
import { topLevelFields } from "@/lib/catalog/form-schema";

/** The document type each file field of a form names: field key → type. */
export function documentTypesOfForm(definition: FormDefinition): Map<string, string> {
  return new Map(
    topLevelFields(definition).flatMap((field) => (field.type === "file" && field.documentType ? [[field.key, field.documentType] as const] : [])),
  );
}

/** The facts an output holds: each declared fact read from the answers of the application that produced it (scalars only). */
export function factsOfOutput(outputFacts: Record<string, string>, answers: Answers): Record<string, string | number | boolean> {
  const facts: Record<string, string | number | boolean> = {};
  for (const [fact, answerKey] of Object.entries(outputFacts)) {
    const value = answers[answerKey];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") facts[fact] = value;
  }
  return facts;
}

/**
 * The answers a shared-facts declaration fills from an output's facts: only
 * fields the form has (top level, not files or groups) and facts the output holds.
 */
export function answersFromFacts(
  declaration: WalletDeclarations["sharedFacts"][number],
  facts: Record<string, string | number | boolean>,
  definition: FormDefinition,
): Record<string, string | number | boolean> {
  const fillable = new Set(topLevelFields(definition).flatMap((field) => (field.type === "file" || field.type === "group" ? [] : [field.key])));
  const filled: Record<string, string | number | boolean> = {};
  for (const { fact, field } of declaration.fields) {
    if (fillable.has(field) && facts[fact] !== undefined) filled[field] = facts[fact];
  }
  return filled;
}
