"use client";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/platform/errors";
import { errorPages } from "@/lib/platform/i18n/catalog/error-pages";
import "./globals.css";

/**
 * When the root layout itself fails (it reads the signed-in user, so a
 * database outage lands here), this replaces the whole page. The language is
 * unknown at this point, so it speaks Indonesian first, then English. Without
 * JavaScript, "try again" is a plain link to the same address. Like
 * app/error.tsx it reads the error pages' messages only: the whole catalog would add
 * ~45 KB of gzipped JavaScript to every page.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const busy = error.digest === SERVICE_UNAVAILABLE_DIGEST;
  const title = busy ? "error.serviceUnavailableTitle" : "error.unexpectedTitle";
  const message = busy ? "error.serviceUnavailable" : "error.unexpected";
  const translate = (locale: "id" | "en", key: keyof (typeof errorPages)["id"]) => errorPages[locale][key];
  return (
    <html lang="id">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto mt-8 max-w-2xl space-y-4 px-4">
          <h1 className="text-3xl font-bold">{translate("id", title)}</h1>
          <p>{translate("id", message)}</p>
          <p lang="en" className="text-slate-700">
            {translate("en", title)}. {translate("en", message)}
          </p>
          <a href="" className="inline-block rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white">
            {translate("id", "error.tryAgain")} / {translate("en", "error.tryAgain")}
          </a>
        </main>
      </body>
    </html>
  );
}
