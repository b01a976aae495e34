"use client";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * A plain link to the current page in the other language. It reads the path on
 * the client because the layout it sits in is not re-rendered on client-side
 * navigation; it is a full page load so every server-rendered text switches.
 */
export function LanguageSwitch({ target, label }: { target: "id" | "en"; label: string }) {
  const pathname = usePathname();
  const params = new URLSearchParams(useSearchParams().toString());
  params.set("lang", target);
  return (
    <a href={`${pathname}?${params.toString()}`} lang={target} hrefLang={target} className="text-white underline">
      {label}
    </a>
  );
}
