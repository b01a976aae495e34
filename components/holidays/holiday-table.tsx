import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import { formatCalendarDate, formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { holidayEditHref } from "@/lib/sla/holiday-admin-paths";
import type { HolidayRow } from "@/lib/sla/holiday-queries";

/** Removal times are shown in the portal's home zone; the dates themselves have no zone. */
const ADMIN_TIME_ZONE = "Asia/Jakarta";

/** One year's holidays; removed ones stay listed, marked, so the calendar's history is visible. */
export function HolidayTable({ rows, year, locale, t }: { rows: HolidayRow[]; year: number; locale: Locale; t: Translator }) {
  if (rows.length === 0) return <p className="mt-4">{t("holiday.admin.empty", { year })}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold">{t("holiday.admin.tableCaption", { year })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="py-2 pr-4">
              {t("holiday.admin.column.date")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("holiday.admin.column.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("holiday.admin.column.kind")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("holiday.admin.column.region")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("holiday.admin.column.status")}
            </th>
            <th scope="col" className="py-2">
              {t("holiday.admin.column.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = pick(locale, row, "name");
            const removed = row.removedAt !== null;
            return (
              <tr key={row.id} className={`border-b border-slate-300 ${removed ? "text-slate-600" : ""}`} data-removed={removed ? "true" : undefined}>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={row.date.toISOString().slice(0, 10)}>{formatCalendarDate(row.date, locale)}</time>
                </td>
                <td className={`py-2 pr-4 ${removed ? "line-through" : ""}`}>{name}</td>
                <td className="py-2 pr-4">{t(`holiday.kind.${row.kind}`)}</td>
                <td className="py-2 pr-4">{row.regionCode ?? t("holiday.admin.allRegions")}</td>
                <td className="py-2 pr-4">
                  {row.removedAt
                    ? t("holiday.admin.statusRemoved", { date: formatMoment(row.removedAt, locale, ADMIN_TIME_ZONE) })
                    : t("holiday.admin.statusActive")}
                </td>
                <td className="py-2">
                  {removed ? null : (
                    <Link href={holidayEditHref(row.id)} className={linkStyle}>
                      {t("holiday.admin.edit")}
                      <span className="sr-only"> {name}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
