import type { ReactNode } from "react";

/**
 * A plain table with a caption and column headers: every chart on the
 * dashboard has one of these as its accessible equivalent, and every table
 * downloads as open data.
 */
export function DataTable({
  caption,
  columns,
  rows,
  testId,
  footer,
}: {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; header: ReactNode; cells: ReactNode[] }[];
  testId?: string;
  footer?: { header: ReactNode; cells: ReactNode[] };
}) {
  return (
    // Focusable and named, so a table wider than the screen scrolls from the keyboard too (WCAG 2.1.1).
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-max border-collapse text-sm" data-testid={testId}>
        <caption className="px-3 py-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="border-b-2 border-slate-600 bg-slate-100">
          <tr>
            {columns.map((column, index) => (
              <th key={column.label} scope="col" className={`px-3 py-2 font-semibold ${column.numeric && index > 0 ? "text-right" : "text-left"}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={`px-3 py-2 ${columns[index + 1]?.numeric ? "text-right tabular-nums" : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t-2 border-slate-600 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2 text-left">
                {footer.header}
              </th>
              {footer.cells.map((cell, index) => (
                <td key={index} className={`px-3 py-2 ${columns[index + 1]?.numeric ? "text-right tabular-nums" : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
