"use client";
import { translate, type Locale } from "@/lib/platform/i18n/messages";

/**
 * Unexpected failures: the detail stays in the server log. A client boundary
 * cannot ask the server for the language, so it reads the page's own lang.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale: Locale = typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "id";
  return (
    <div className="mt-8 space-y-4">
      <h1 className="text-3xl font-bold">{translate(locale, "error.unexpectedTitle")}</h1>
      <p>{translate(locale, "error.unexpected")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white">
        {translate(locale, "error.tryAgain")}
      </button>
    </div>
  );
}
