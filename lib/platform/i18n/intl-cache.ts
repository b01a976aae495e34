/**
 * Intl formatters, built once per locale and options and then reused.
 * Building one costs ICU a third to three quarters of a millisecond; formatting
 * with a built one costs about a hundredth of that. A dashboard cell or a queue
 * row built a new formatter each, which was most of a signed-in page's CPU time
 * (bench/report.md, signed-in pages). The formatters hold no request data.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Bounded: the keys come from code (locales and option literals), but a time zone comes from data. */
const MAX_ENTRIES = 500;

function reused<F>(cache: Map<string, F>, locale: string, options: object | undefined, build: () => F): F {
  const key = `${locale}|${options ? JSON.stringify(options) : ""}`;
  let formatter = cache.get(key);
  if (!formatter) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  reused(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  reused(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  reused(listFormats, locale, options, () => new Intl.ListFormat(locale, options));
