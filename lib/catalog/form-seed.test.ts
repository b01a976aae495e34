/**
 * Every seeded form compiles, and valid sample answers pass it in every
 * variant of its conditions, so the compiler and the seed data cannot drift.
 */
import { describe, expect, it } from "vitest";
import { type FormDefinition, formDefinitionSchema } from "./form-definition";
import { services } from "@/prisma/seed/data/services";
import {
  type AnswerField,
  type Answers,
  type GroupItemAnswers,
  answersFromFormData,
  checkAnswerConsistency,
  compileAnswersSchema,
  flattenAnswers,
  topLevelFields,
  visibleFields,
} from "./form-schema";

const TODAY = "2026-03-10";
/** A man born 17 Aug 1985: matches the birth date and sex samples below. */
const NIK = "3275011708850002";

/** One valid sample per pattern used in the seed; a new pattern needs a sample here. */
const PATTERN_SAMPLES: Record<string, string> = {
  "^[0-9]{16}$": "3275010101850001",
  "^[0-9]{5}$": "47111",
  "^[0-9]{13}$": "1234567890123",
  "^[0-9]{18}$": "327501000100100010",
  "^-?[0-9]{1,2}\\.[0-9]+,\\s?-?[0-9]{1,3}\\.[0-9]+$": "-6.914744, 107.609810",
};

function sample(field: AnswerField): string | number | boolean {
  switch (field.type) {
    case "text": {
      if (field.pattern !== undefined) {
        const value = PATTERN_SAMPLES[field.pattern];
        if (value === undefined) throw new Error(`no sample for pattern ${field.pattern} of ${field.key}`);
        return value;
      }
      return "Contoh isian".padEnd(field.minLength ?? 0, "x").slice(0, field.maxLength ?? 500);
    }
    case "textarea":
      return "Keterangan singkat.\r\nBaris kedua.";
    case "number": {
      const low = field.min ?? 1;
      const value = field.integer ? Math.ceil(low) : low;
      return field.max !== undefined ? Math.min(value, field.max) : value;
    }
    case "date":
      return field.profileBinding === "birthDate" ? "1985-08-17" : TODAY;
    case "select":
    case "radio":
      return field.profileBinding === "sex" ? "MALE" : (field.options[0]?.value ?? "");
    case "checkbox":
      return true;
    case "nik":
      return NIK.replace(/(\d{4})(?=\d)/g, "$1 ");
    case "phone":
      return "0812-3456-7890";
    case "email":
      return "Warga@Contoh.id";
    case "address":
      return "Jl. Merdeka No. 1, Kota Harapan Jaya";
  }
}

/** Sample answers for every field, with the condition targets forced to the given values. */
function sampleAnswers(definition: FormDefinition, forced: Record<string, string | boolean>): Answers {
  const answers: Answers = {};
  for (const field of topLevelFields(definition)) {
    if (field.type === "file") continue;
    if (field.type === "group") {
      const item: GroupItemAnswers = {};
      for (const sub of field.fields) if (sub.type !== "file") item[sub.key] = sample(sub);
      answers[field.key] = Array.from({ length: Math.max(1, field.minItems) }, () => ({ ...item }));
      continue;
    }
    answers[field.key] = forced[field.key] ?? sample(field);
  }
  return answers;
}

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
      const answers = sampleAnswers(definition, forced);
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
    const validated = schema.parse(sampleAnswers(definition, {}));
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
