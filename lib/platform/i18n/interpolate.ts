import type { Locale } from "./messages";

export type MessageParams = Record<string, string | number>;

/**
 * A label as it reads inside a sentence: "Nama lengkap" → "nama lengkap", so
 * "Masukkan {field}." reads "Masukkan nama lengkap."; a label that starts with
 * an acronym ("NIK", "KK", "URL") keeps its capitals.
 */
export function labelInSentence(label: string): string {
  const firstWord = label.split(/[\s(/]/, 1)[0] ?? "";
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return label;
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Where a problem is shown without its field's label (a list of a draft's issues), the message still reads. */
const UNNAMED_FIELD: Record<Locale, string> = { id: "isian ini", en: "this entry" };

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale === "id" ? "id-ID" : "en-GB")));
  return rules.select(count);
}

/** `{count, plural, one {# draft} other {# drafts}}`: the branch for the count's plural category ("other" when missing). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function choosePlural(locale: Locale, branches: string, count: number): string | undefined {
  const found = new Map<string, string>();
  for (const [, name, text] of branches.matchAll(BRANCH)) found.set(name!, text!);
  if (Number.isNaN(count)) return found.get("other");
  return found.get(`=${count}`) ?? found.get(pluralCategory(locale, count)) ?? found.get("other");
}

/**
 * Fills a catalog message: `{name}` takes params.name (unknown placeholders
 * stay visible so tests catch them); `{field}` takes a field's label, as it
 * reads at the start of a sentence or inside one ("this entry" without one); `{n, plural, ...}` picks
 * the plural form by the language's own rules (Intl.PluralRules: Indonesian
 * has one form, English "one" and "other"), with `#` for the number.
 */
export function interpolate(locale: Locale, template: string, params: MessageParams = {}): string {
  const withPlurals = template.replace(PLURAL, (whole, name: string, branches: string) => {
    if (!(name in params)) return whole;
    // A number already formatted for reading ("1.234,5") is plural in every language here.
    const count = typeof params[name] === "number" ? params[name] : Number(params[name]);
    const chosen = choosePlural(locale, branches, Number.isFinite(count) ? count : Number.NaN);
    return chosen === undefined ? whole : chosen.replace(/#/g, String(params[name]));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (name === "field") {
      const label = params.field === undefined || params.field === "" ? UNNAMED_FIELD[locale] : String(params.field);
      return offset > 0 ? labelInSentence(label) : label.charAt(0).toLocaleUpperCase() + label.slice(1);
    }
    return name in params ? String(params[name]) : whole;
  });
}
