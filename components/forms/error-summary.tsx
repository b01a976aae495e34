"use client";
import { useEffect, useRef } from "react";

export type SummaryItem = { field?: string; message: string };

/**
 * GOV.UK-style error summary: listed at the top, each problem links to its
 * field, and it takes focus so screen reader users hear it at once.
 */
export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-accent-500 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {items.map((item, index) => (
          <li key={`${item.field ?? "form"}-${index}`}>
            {item.field ? (
              <a href={`#${item.field}`} className="font-semibold text-accent-500 underline">
                {item.message}
              </a>
            ) : (
              <span className="font-semibold text-accent-500">{item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
