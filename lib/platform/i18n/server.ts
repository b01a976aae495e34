import "server-only";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, translator, type Locale } from "./messages";

export const LOCALE_HEADER = "x-satupintu-locale";
export const PATH_HEADER = "x-satupintu-path";
export const LOCALE_COOKIE = "lang";

/** The request's language, as resolved by proxy.ts from `?lang=` or the remembered cookie. */
export async function getLocale(): Promise<Locale> {
  const fromProxy = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromProxy)) return fromProxy;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

/** The current path and query, for links that must come back here (language switch, sign-in). */
export async function currentPath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "/";
}
