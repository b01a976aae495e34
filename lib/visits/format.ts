import type { Locale } from "@/lib/platform/i18n/messages";
import { dateTimeFormat } from "@/lib/platform/i18n/intl-cache";

const intl = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** A slot's day as a person reads it: "Senin, 9 Maret 2026". */
export function formatVisitDay(date: string, locale: Locale): string {
  return dateTimeFormat(intl(locale), { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** A wall-clock time in the location's zone: "08.00" / "08:00". */
export function formatVisitTime(at: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(intl(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}
