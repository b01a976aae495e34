/**
 * Every seeded form compiles, and valid sample answers pass it in every
 * variant of its conditions, so the compiler and the seed data cannot drift.
 */
import { describe, expect, it } from "vitest";
import { type FormDefinition, formDefinitionSchema } from "./form-definition";
import { sampleAnswers } from "./form-samples";
import { services } from "@/prisma/seed/data/services";
import { answersFromFormData, checkAnswerConsistency, compileAnswersSchema, flattenAnswers, topLevelFields, visibleFields } from "./form-schema";

const TODAY = "2026-03-10";

/** The base answers, plus one variant per distinct condition so every conditional field is shown once. */
function variants(definition: FormDefinition): Record<string, string | boolean>[] {
  const conditions = topLevelFields(definition).flatMap((field) => [
    ...(field.visibleWhen ? [field.visibleWhen] : []),
    ...(field.type === "group" ? field.fields.flatMap((sub) => (sub.visibleWhen ? [sub.visibleWhen] : [])) : []),
  ]);
  const distinct = new Map(conditions.map((condition) => [`${condition.field}=${String(condition.equals)}`, condition]));
  return [{}, ...[...distinct.values()].map((condition) => ({ [condition.field]: condition.equals }))];
}

describe.each(services.map((service) => [service.slug, service] as const))("seeded form %s", (_slug, service) => {
  const definition = formDefinitionSchema.parse(service.formDefinition);
  const schema = compileAnswersSchema(definition, { today: TODAY });

  it("accepts valid sample answers in every condition variant and keeps exactly the shown fields", () => {
    for (const forced of variants(definition)) {
      const answers = sampleAnswers(definition, { today: TODAY }, forced);
      const result = schema.safeParse(answers);
      expect(result.success, `${JSON.stringify(forced)}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      const shown = new Set(visibleFields(definition, answers));
      const expected = topLevelFields(definition)
        .filter((field) => field.type !== "file" && shown.has(field.key))
        .map((field) => field.key);
      expect(Object.keys(result.data ?? {}).sort(), JSON.stringify(forced)).toEqual(expected.sort());
      for (const [key, value] of Object.entries(forced)) if (shown.has(key)) expect(result.data?.[key]).toBe(value);
      expect(checkAnswerConsistency(result.data ?? {}, definition)).toEqual([]);
    }
  });

  it("survives a round trip through form inputs", () => {
    const validated = schema.parse(sampleAnswers(definition, { today: TODAY }));
    const posted = answersFromFormData(definition, Object.entries(flattenAnswers(definition, validated)));
    expect(schema.parse(posted)).toEqual(validated);
  });

  it("rejects empty answers with a required error on every required shown field", () => {
    const result = schema.safeParse({});
    const required = topLevelFields(definition).filter((field) => field.type !== "file" && field.required && !field.visibleWhen);
    expect(result.success).toBe(required.length === 0);
    const paths = new Set(result.error?.issues.map((issue) => issue.path.join(".")));
    for (const field of required) expect(paths, field.key).toContain(field.key);
  });
});

it("covers every seeded service", () => {
  expect(services.length).toBeGreaterThanOrEqual(24);
});
