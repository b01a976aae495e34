/**
 * Shared class lists, so every button and input looks and behaves the same. The
 * button and input styles are utilities in app/globals.css (one class name each).
 */
export const buttonPrimary = "button-primary";
export const buttonSecondary = "button-secondary";
export const inputBase = "input-base";
/** A text link: the `link` utility in app/globals.css (text-brand-700, underlined, darker on hover). */
export const linkStyle = "link";
export const container = "mx-auto w-full max-w-6xl px-4";
/**
 * A list of facts (dt/dd pairs): label beside value from the small breakpoint,
 * stacked on a phone. The value column may shrink below its longest word
 * (an email address, a NIK), so it wraps instead of widening the page.
 */
export const factList = "grid grid-cols-[minmax(0,1fr)] gap-x-6 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0";
