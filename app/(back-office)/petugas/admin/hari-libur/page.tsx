import { forbidden } from "next/navigation";
import { HolidayForm } from "@/components/holidays/holiday-form";
import { HolidayImportForm } from "@/components/holidays/holiday-import-form";
import { HolidayNotice } from "@/components/holidays/holiday-notice";
import { HolidayTable } from "@/components/holidays/holiday-table";
import { YearPicker } from "@/components/holidays/year-picker";
import { PageHeading } from "@/components/layout/page-heading";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { addHolidayAction } from "@/lib/sla/actions";
import { holidayListHref } from "@/lib/sla/holiday-admin-paths";
import { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN, holidayOutcomeParam, holidayYearParam, listHolidaysOfYear } from "@/lib/sla/holiday-queries";

export const generateMetadata = pageTitle("holiday.admin.title");
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** Admin > holiday calendar: one year's holidays, add one, import a year from CSV. */
export default async function HolidayCalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  const year = holidayYearParam(params.tahun);
  const actor = await requireUser(holidayListHref(year));
  if (!can(actor, "admin.manage")) forbidden();
  const rows = await listHolidaysOfYear(actor, year);
  const notice = holidayOutcomeParam(params);
  const messages = messagesFor(locale, ["holiday.", "form."]);
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("holiday.admin.title")} lead={t("holiday.admin.lead")} />
      {notice ? <HolidayNotice notice={notice} t={t} /> : null}
      <YearPicker year={year} min={HOLIDAY_YEAR_MIN} max={HOLIDAY_YEAR_MAX} t={t} />
      <HolidayTable rows={rows} year={year} locale={locale} t={t} />

      <section aria-labelledby="add-holiday-heading" className="mt-10">
        <h2 id="add-holiday-heading" className="mb-4 text-2xl font-semibold">
          {t("holiday.admin.addTitle")}
        </h2>
        <HolidayForm action={addHolidayAction} messages={messages} submitLabel={t("holiday.admin.addSubmit")} />
      </section>

      <section aria-labelledby="import-heading" className="mt-10">
        <h2 id="import-heading" className="mb-2 text-2xl font-semibold">
          {t("holiday.admin.importTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("holiday.admin.importLead", { year })}</p>
        <HolidayImportForm year={year} messages={messages} />
      </section>
    </div>
  );
}
