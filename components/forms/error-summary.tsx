"use client";
import { useEffect, useRef } from "react";

export type SummaryItem = { field?: string; message: string };

/**
 * GOV.UK-style error summary: listed at the top, each problem links to its
 * field, and it takes focus so screen reader users hear it at once.
 *
 * It takes focus once per submit: `result` is what the submit answered (the
 * action's new state object, or the client check's new errors object). The
 * items are rebuilt on every render of the form, so focusing whenever they
 * change would pull focus out of the field on every keystroke (issue 17).
 *
 * Without JavaScript the effect never runs, and the answered page opens at its
 * top, far from a form in a table row or at the foot of a case page. So the
 * server's HTML carries `autofocus`: the browser focuses the summary as the page
 * loads and scrolls it into view. React renders the attribute only on the
 * server, and focuses on mount only form controls, so in the browser the effect
 * above stays the one place that moves focus.
 */
export function ErrorSummary({ title, items, result }: { title: string; items: SummaryItem[]; result: object | null | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<object | null | undefined>(undefined);
  const hasItems = items.length > 0;
  useEffect(() => {
    if (!hasItems || focusedFor.current === result) return;
    focusedFor.current = result;
    ref.current?.focus();
  }, [hasItems, result]);
  if (!hasItems) return null;
  return (
    <div ref={ref} tabIndex={-1} autoFocus role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-500 bg-white p-4">
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
