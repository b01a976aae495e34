import type { FormDefinition } from "./form-definition";
import { type AnswerField, type Answers, type GroupItemAnswers, topLevelFields } from "./form-schema";

/**
 * Valid sample answers for any form: the form tests check every seeded form
 * accepts them (form-seed.test.ts), and the demo history fills its generated
 * applications with them (prisma/seed/history), so what an officer opens
 * there looks like a real case.
 */
export type SampleOptions = {
  /** The day the form is filled in (YYYY-MM-DD): date fields must fit it. */
  today: string;
  /** Stands in for the applicant's own name, where a field is bound to it. */
  name?: string;
};

/** A man born 17 Aug 1985: matches the birth date and sex samples below. */
export const SAMPLE_NIK = "3275011708850002";

/** One valid sample per pattern used in the seed; a new pattern needs a sample here. */
const PATTERN_SAMPLES: Record<string, string> = {
  "^[0-9]{16}$": "3275010101850001",
  "^[0-9]{5}$": "47111",
  "^[0-9]{13}$": "1234567890123",
  "^[0-9]{18}$": "327501000100100010",
  "^-?[0-9]{1,2}\\.[0-9]+,\\s?-?[0-9]{1,3}\\.[0-9]+$": "-6.914744, 107.609810",
};

export function sampleAnswer(field: AnswerField, options: SampleOptions): string | number | boolean {
  switch (field.type) {
    case "text": {
      if (field.pattern !== undefined) {
        const value = PATTERN_SAMPLES[field.pattern];
        if (value === undefined) throw new Error(`no sample for pattern ${field.pattern} of ${field.key}`);
        return value;
      }
      if (field.profileBinding === "name" && options.name) return options.name;
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
      return field.profileBinding === "birthDate" ? "1985-08-17" : options.today;
    case "select":
    case "radio":
      return field.profileBinding === "sex" ? "MALE" : (field.options[0]?.value ?? "");
    case "checkbox":
      return true;
    case "nik":
      return SAMPLE_NIK.replace(/(\d{4})(?=\d)/g, "$1 ");
    case "phone":
      return "0812-3456-7890";
    case "email":
      return "Warga@Contoh.id";
    case "address":
      return "Jl. Merdeka No. 1, Kota Harapan Jaya";
  }
}

/** Sample answers for every field (files left out), with the condition targets forced to the given values. */
export function sampleAnswers(definition: FormDefinition, options: SampleOptions, forced: Record<string, string | boolean> = {}): Answers {
  const answers: Answers = {};
  for (const field of topLevelFields(definition)) {
    if (field.type === "file") continue;
    if (field.type === "group") {
      const item: GroupItemAnswers = {};
      for (const sub of field.fields) if (sub.type !== "file") item[sub.key] = sampleAnswer(sub, options);
      answers[field.key] = Array.from({ length: Math.max(1, field.minItems) }, () => ({ ...item }));
      continue;
    }
    answers[field.key] = forced[field.key] ?? sampleAnswer(field, options);
  }
  return answers;
}
