import { z } from "zod";

/** A text published in both portal languages: Bahasa Indonesia first, English second. */
export const localizedTextSchema = z.object({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const localizedListSchema = z.array(localizedTextSchema).min(1);

/**
 * A copy of `value` in which every published text keeps only `locale`'s
 * words (the other language is left empty): what a page hands a client
 * component that shows one language, so both do not travel to the browser
 * (issue 10, page weight). Everything else is copied as it is.
 */
export function inLocale<T>(value: T, locale: keyof LocalizedText): T {
  if (Array.isArray(value)) return value.map((item: unknown) => inLocale(item, locale)) as T;
  if (typeof value !== "object" || value === null) return value;
  if (isLocalizedText(value)) return (locale === "id" ? { id: value.id, en: "" } : { id: "", en: value.en }) as T;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, inLocale(child, locale)])) as T;
}

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return keys.length === 2 && "id" in value && "en" in value && typeof value.id === "string" && typeof value.en === "string";
}
