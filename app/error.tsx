"use client";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/platform/errors";
import { errorPages } from "@/lib/platform/i18n/catalog/error-pages";
import type { Locale } from "@/lib/platform/i18n/messages";

type ErrorMessageKey = keyof (typeof errorPages)["id"];

/**
 * Unexpected failures: the detail stays in the server log. A client boundary
 * cannot ask the server for the language, so it reads the page's own lang.
 * A database outage says so (retryable) instead of "something went wrong".
 * It reads the error pages' messages only: this boundary loads on every page, and the
 * whole catalog (every domain, both languages) was ~40 KB of gzipped
 * JavaScript on each of them (issue 10, page weight).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale: Locale = typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "id";
  const t = (key: ErrorMessageKey) => errorPages[locale][key];
  const busy = error.digest === SERVICE_UNAVAILABLE_DIGEST;
  return (
    <div className="mt-8 space-y-4">
      <h1 className="text-3xl font-bold">{t(busy ? "error.serviceUnavailableTitle" : "error.unexpectedTitle")}</h1>
      <p>{t(busy ? "error.serviceUnavailable" : "error.unexpected")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white">
        {t("error.tryAgain")}
      </button>
    </div>
  );
}
