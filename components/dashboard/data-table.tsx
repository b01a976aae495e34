import type { ReactNode } from "react";

/**
 * Cell styles are set once on the table rather than on every cell: the
 * dashboards print hundreds of cells, and each cell's classes would travel
 * twice (in the HTML and in the page's RSC payload). Cells are numeric
 * (right-aligned, tabular figures) unless marked `data-text`.
 */
const TABLE_STYLE = [
  "w-full min-w-max border-collapse text-sm",
  "[&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_td[data-text]]:text-left [&_td[data-text]]:normal-nums",
  "[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_thead_th]:font-semibold [&_thead_th[data-num]]:text-right [&_tbody_th]:font-normal",
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200",
].join(" ");

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
  const textCell = (index: number) => (columns[index + 1]?.numeric ? undefined : "");
  return (
    // Focusable and named, so a table wider than the screen scrolls from the keyboard too (WCAG 2.1.1).
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className={TABLE_STYLE} data-testid={testId}>
        <caption className="px-3 py-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="border-b-2 border-slate-600 bg-slate-100">
          <tr>
            {columns.map((column, index) => (
              <th key={column.label} scope="col" data-num={column.numeric && index > 0 ? "" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={index} data-text={textCell(index)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t-2 border-slate-600 bg-slate-50 font-semibold">
            <tr>
              <th scope="row">{footer.header}</th>
              {footer.cells.map((cell, index) => (
                <td key={index} data-text={textCell(index)}>
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
