import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { linkStyle } from "@/components/ui/styles";

/*
 * A row's case link is a plain anchor, not a Link: a Link is a client component, rendered and sent once
 * per row, and opening a case loads a page of its own either way (as it does without JavaScript).
 */
export type QueueColumn<Row> = { header: string; cell: (row: Row) => ReactNode };

/**
 * One page of a back-office queue (applications, complaints, whistleblowing
 * reports): a row per case, its number linking to the case page, then the
 * queue's own columns; `empty` instead of a table without rows.
 */
export function QueueTable<Row extends { id: string }>({
  testId,
  rows,
  numberHeader,
  caseNumber,
  caseHref,
  columns,
  empty,
}: {
  testId: string;
  rows: readonly Row[];
  numberHeader: string;
  caseNumber: (row: Row) => ReactNode;
  caseHref: (row: Row) => string;
  columns: readonly QueueColumn<Row>[];
  empty: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="queue-table w-full border-collapse bg-white text-left" data-testid={testId}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col">{numberHeader}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={caseHref(row)} className={linkStyle}>
                  {caseNumber(row)}
                </a>
              </td>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A queue's pagination: previous, "page n of m" (also the navigation's name), next. */
export function QueuePager({
  label,
  current,
  hasNext,
  pageHref,
  previous,
  next,
}: {
  label: string;
  current: number;
  hasNext: boolean;
  pageHref: (page: number) => string;
  previous: string;
  next: string;
}) {
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4">
      {current > 1 ? (
        <Link href={pageHref(current - 1)} className={linkStyle}>
          {previous}
        </Link>
      ) : null}
      <span>{label}</span>
      {hasNext ? (
        <Link href={pageHref(current + 1)} className={linkStyle}>
          {next}
        </Link>
      ) : null}
    </nav>
  );
}
