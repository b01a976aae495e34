import { Link } from "@/components/ui/link";
import { buttonSecondary, inputBase, linkStyle } from "@/components/ui/styles";
import type { Translator } from "@/lib/platform/i18n/messages";
import { HOLIDAY_ADMIN_PATH, holidayListHref } from "@/lib/sla/holiday-admin-paths";

/** A plain GET form and two links: choosing a year needs no JavaScript. */
export function YearPicker({ year, min, max, t }: { year: number; min: number; max: number; t: Translator }) {
  return (
    <nav aria-label={t("holiday.admin.yearNavigation")} className="flex flex-wrap items-end gap-6">
      <form method="get" action={HOLIDAY_ADMIN_PATH} className="flex items-end gap-3">
        <div className="w-32">
          <label htmlFor="tahun" className="block font-semibold text-slate-900">
            {t("holiday.field.year")}
          </label>
          <input id="tahun" name="tahun" type="number" min={min} max={max} defaultValue={year} className={`${inputBase} mt-1`} />
        </div>
        <button type="submit" className={buttonSecondary}>
          {t("holiday.admin.showYear")}
        </button>
      </form>
      <p className="flex gap-4 pb-2">
        {year > min ? (
          <Link href={holidayListHref(year - 1)} className={linkStyle}>
            {t("holiday.admin.previousYear", { year: year - 1 })}
          </Link>
        ) : null}
        {year < max ? (
          <Link href={holidayListHref(year + 1)} className={linkStyle}>
            {t("holiday.admin.nextYear", { year: year + 1 })}
          </Link>
        ) : null}
      </p>
    </nav>
  );
}
