import { en } from "./en";
import { id } from "./id";
import { interpolate, type MessageParams } from "./interpolate";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export type MessageKey = keyof typeof id;

/** proxy.ts resolves the language into this request header; `?lang=` is remembered in this cookie. */
export const LOCALE_HEADER = "x-satupintu-locale";
export const LOCALE_COOKIE = "lang";

const catalogs: Record<Locale, Record<MessageKey, string>> = { id, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value in id;
}

export type { MessageParams };

/** Params fill the message (see interpolate: placeholders, field labels, plural forms). */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return interpolate(locale, catalogs[locale][key], params);
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

/**
 * Any action can answer with a general error (forbidden, not found, busy, too
 * many attempts), so a client form always gets those, whatever it asks for.
 * Not the error pages' titles and links: server pages and app/error.tsx show those.
 */
const ALWAYS_SENT: readonly MessageKey[] = [
  "i18n.locale",
  "error.notFound",
  "error.forbidden",
  "error.unauthenticated",
  "error.invalidInput",
  "error.rateLimited",
  "error.serviceUnavailable",
  "error.unexpected",
];

/**
 * What a client form needs, not the whole catalog: every message under a
 * prefix ("form.", ending in a dot) and each key named exactly.
 */
export function messagesFor(locale: Locale, wanted: readonly string[]): Partial<Record<MessageKey, string>> {
  const prefixes = wanted.filter((entry) => entry.endsWith("."));
  const exact = new Set([...ALWAYS_SENT, ...wanted.filter((entry) => !entry.endsWith("."))]);
  const entries = Object.entries(catalogs[locale]).filter(([key]) => exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(entries) as Partial<Record<MessageKey, string>>;
}
