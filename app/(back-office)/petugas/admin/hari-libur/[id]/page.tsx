import { forbidden, notFound } from "next/navigation";
import { HolidayForm } from "@/components/holidays/holiday-form";
import { RemoveHolidayForm } from "@/components/holidays/remove-holiday-form";
import { PageHeading } from "@/components/layout/page-heading";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/platform/errors";
import { formatMoment } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { removeHolidayAction, updateHolidayAction } from "@/lib/sla/actions";
import { holidayEditHref, holidayListHref } from "@/lib/sla/holiday-admin-paths";
import { getHoliday, holidayFormValues, type HolidayRow } from "@/lib/sla/holiday-queries";

export const generateMetadata = pageTitle("holiday.admin.editTitle");
export const dynamic = "force-dynamic";

/** Admin > holiday calendar > one holiday: edit it, or remove it. */
export default async function EditHolidayPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const actor = await requireUser(holidayEditHref(id));
  if (!can(actor, "admin.manage")) forbidden();
  let holiday: HolidayRow;
  try {
    holiday = await getHoliday(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const values = holidayFormValues(holiday);
  const year = holiday.date.getUTCFullYear();
  const messages = messagesFor(locale, ["holiday.", "form."]);
  return (
    <div>
      <PageHeading
        back={{ href: holidayListHref(year), label: t("holiday.admin.backToList", { year }) }}
        title={t("holiday.admin.editTitle")}
        lead={holiday.removedAt ? undefined : t("holiday.admin.editLead")}
      />
      {holiday.removedAt ? (
        <p role="status" className="max-w-3xl border-l-4 border-slate-600 bg-white p-4">
          {t("holiday.admin.removedNotice", { date: formatMoment(holiday.removedAt, locale, "Asia/Jakarta") })}
        </p>
      ) : (
        <>
          <HolidayForm
            action={updateHolidayAction.bind(null, holiday.id)}
            messages={messages}
            submitLabel={t("holiday.admin.editSubmit")}
            initialValues={values}
          />
          <section aria-labelledby="remove-holiday-heading" className="mt-10 max-w-3xl">
            <h2 id="remove-holiday-heading" className="mb-2 text-2xl font-semibold">
              {t("holiday.admin.removeTitle")}
            </h2>
            <p className="mb-4">{t("holiday.admin.removeLead")}</p>
            <RemoveHolidayForm action={removeHolidayAction.bind(null, holiday.id)} messages={messages} submitLabel={t("holiday.admin.removeSubmit")} />
          </section>
        </>
      )}
    </div>
  );
}
