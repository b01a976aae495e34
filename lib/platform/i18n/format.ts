import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { Locale } from "./messages";
import { dateTimeFormat, numberFormat } from "./intl-cache";

const intlLocale = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** A record's field in the reader's language: `pick(locale, agency, "name")` reads nameId or nameEn. */
export function pick<K extends string, T extends Record<`${K}Id` | `${K}En`, string>>(locale: Locale, record: T, field: K): string {
  return locale === "id" ? record[`${field}Id`] : record[`${field}En`];
}

export const localize = (locale: Locale, text: LocalizedText) => text[locale];

export function formatRupiah(amount: number, locale: Locale): string {
  return numberFormat(intlLocale(locale), {
    style: "currency",
    currency: "IDR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A calendar date (stored at UTC midnight), e.g. "1 Januari 2026". */
export function formatCalendarDate(date: Date, locale: Locale): string {
  return dateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A moment in the agency's timezone, e.g. "12 Mar 2026 16.00 WIB". */
export function formatMoment(date: Date, locale: Locale, timeZone: string): string {
  return (
    dateTimeFormat(intlLocale(locale), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    }).format(date) + ` ${zoneAbbreviation(timeZone)}`
  );
}

export function zoneAbbreviation(timeZone: string): string {
  return { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" }[timeZone] ?? timeZone;
}
