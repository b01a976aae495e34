import { formDefinitionSchema, type FormDefinition } from "./form-definition";

/**
 * Published standard versions never change (publishing makes a new one), so a
 * version's form definition is checked and parsed once per process, not on
 * every load of every application filed under it (issue 10, item 2: the parse
 * was a large share of a submission's CPU). Frozen, because every reader shares it.
 */
const MAX_VERSIONS = 500;
const parsed = new Map<string, FormDefinition>();

export function publishedFormDefinition(versionId: string, stored: unknown): FormDefinition {
  const known = parsed.get(versionId);
  if (known) return known;
  const definition = deepFreeze(formDefinitionSchema.parse(stored));
  parsed.set(versionId, definition);
  if (parsed.size > MAX_VERSIONS) parsed.delete(parsed.keys().next().value!);
  return definition;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
