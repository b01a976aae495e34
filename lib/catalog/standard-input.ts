/**
 * The standard editor: one textarea per component and language; a list
 * component takes one item a line, and its Indonesian and English lines are
 * paired in order. Pure.
 */
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import { DELIVERY_COMPONENTS, MANAGEMENT_COMPONENTS } from "./standard";

export const STANDARD_COMPONENTS = [...DELIVERY_COMPONENTS, ...MANAGEMENT_COMPONENTS] as const;
export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];

/** Components that are lists (one item a line); the others are one text. */
export const LIST_COMPONENTS: readonly StandardComponent[] = [
  "requirements",
  "procedure",
  "complaintHandling",
  "legalBasis",
  "facilities",
  "staffCompetence",
  "internalSupervision",
];

export const isListComponent = (component: StandardComponent) => LIST_COMPONENTS.includes(component);

/** The non-blank lines of a textarea, trimmed. */
export const lines = (raw: string | undefined) =>
  (raw ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The posted standard, as typed: the schema decides later whether it is complete. */
export function standardFromInput(values: Record<string, string | undefined>): Record<string, unknown> {
  const standard: Record<string, unknown> = {};
  for (const component of STANDARD_COMPONENTS) {
    const id = values[`standard.${component}.id`];
    const en = values[`standard.${component}.en`];
    if (isListComponent(component)) {
      const idLines = lines(id);
      const enLines = lines(en);
      standard[component] = Array.from({ length: Math.max(idLines.length, enLines.length) }, (_, i) => ({ id: idLines[i] ?? "", en: enLines[i] ?? "" }));
    } else {
      standard[component] = { id: (id ?? "").trim(), en: (en ?? "").trim() };
    }
  }
  return standard;
}

export function inputFromStandard(standard: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const component of STANDARD_COMPONENTS) {
    const value = standard[component];
    for (const language of ["id", "en"] as const) {
      const name = `standard.${component}.${language}`;
      if (Array.isArray(value)) values[name] = (value as Partial<LocalizedText>[]).map((item) => item[language] ?? "").join("\n");
      else if (value && typeof value === "object") values[name] = (value as Partial<LocalizedText>)[language] ?? "";
    }
  }
  return values;
}
