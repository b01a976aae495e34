/** Shared class lists, so every button and input looks and behaves the same. */
export const buttonPrimary =
  "inline-flex items-center justify-center rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-5 py-2.5 font-semibold text-slate-900 hover:bg-slate-50";
export const inputBase = "block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-accent-500";
/** A text link: the `link` utility in app/globals.css (text-brand-700, underlined, darker on hover). */
export const linkStyle = "link";
export const container = "mx-auto w-full max-w-6xl px-4";
/**
 * A list of facts (dt/dd pairs): label beside value from the small breakpoint,
 * stacked on a phone. The value column may shrink below its longest word
 * (an email address, a NIK), so it wraps instead of widening the page.
 */
export const factList = "grid grid-cols-[minmax(0,1fr)] gap-x-6 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0";
