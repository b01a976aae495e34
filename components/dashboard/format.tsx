import type { PublishedCount } from "@/lib/platform/suppression";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { dateTimeFormat, numberFormat } from "@/lib/platform/i18n/intl-cache";

const intlLocale = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

export function formatCount(value: PublishedCount, locale: Locale): string {
  return typeof value === "number" ? numberFormat(intlLocale(locale)).format(value) : value;
}

export function formatDecimal(value: number, digits: number, locale: Locale): string {
  return numberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A count as text, "<5" kept as it is. */
export function Count({ value, locale }: { value: PublishedCount; locale: Locale }) {
  return <>{formatCount(value, locale)}</>;
}

/** A derived figure, or a dash that says it is not shown. */
export function Derived({ value, digits, locale, t, suffix = "" }: { value: number | null; digits: number; locale: Locale; t: Translator; suffix?: string }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden>—</span>
        <span className="sr-only">{t("dashboard.notShown")}</span>
      </>
    );
  }
  return <>{`${formatDecimal(value, digits, locale)}${suffix}`}</>;
}

/** A local calendar date ("2026-11-24") in words. */
export function formatLocalDate(date: string, locale: Locale): string {
  return dateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export const numericCell = "px-3 py-2 text-right tabular-nums";
export const headerCell = "px-3 py-2 text-left font-semibold";
export const numericHeader = "px-3 py-2 text-right font-semibold";
