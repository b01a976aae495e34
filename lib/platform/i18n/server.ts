import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { brandText, loadPortalSettings, PRODUCT_NAME } from "../portal-settings";
import { releaseRenderWhenDone } from "../render-memory";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_HEADER, translator, type Locale, type Translator } from "./messages";

/** The request's language, as resolved by proxy.ts from `?lang=` or the remembered cookie. */
export async function getLocale(): Promise<Locale> {
  const fromProxy = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromProxy)) return fromProxy;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

/** The portal's name, read once per request (admin settings, issue 24). */
const portalName = cache(async () => (await loadPortalSettings()).portalName);

/** The request's translator; its text names the portal as the admin named it. */
export async function getTranslator(): Promise<{ locale: Locale; t: Translator }> {
  // Every page and layout asks for its translator, so no render ends without passing here.
  releaseRenderWhenDone();
  const [locale, name] = await Promise.all([getLocale(), portalName()]);
  const t = translator(locale);
  return { locale, t: name === PRODUCT_NAME ? t : (key, params) => brandText(t(key, params), name) };
}
