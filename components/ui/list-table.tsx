import type { ReactNode } from "react";

type Props = {
  /** The column headings, in order. */
  columns: readonly ReactNode[];
  /** The rows. */
  children: ReactNode;
  /** Cell padding of the heading row: p-2 on the dense admin lists. */
  padding?: "p-2" | "p-3";
  testId?: string;
  /**
   * The id of the heading that names the table: the scrolling box then
   * becomes a named, focusable region, so it scrolls from the keyboard on a
   * narrow screen (WCAG 1.4.10, 2.1.1).
   */
  labelledBy?: string;
};

/**
 * A list as a table (services, complaints, API clients…) that scrolls
 * sideways in its own box on a narrow screen. The dashboard's figures use
 * dashboard/data-table, which adds a caption and numeric columns.
 */
export function ListTable({ columns, children, padding = "p-3", testId, labelledBy }: Props) {
  return (
    <div className="overflow-x-auto" {...(labelledBy ? { tabIndex: 0, role: "region", "aria-labelledby": labelledBy } : {})}>
      <table className="w-full border-collapse bg-white text-left" data-testid={testId}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={padding}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
