import type { Translator } from "@/lib/platform/i18n/messages";
import type { HolidayOutcomeNotice } from "@/lib/sla/holiday-queries";

/** Confirms the write the admin just made (after the redirect that followed it). */
export function HolidayNotice({ notice, t }: { notice: HolidayOutcomeNotice; t: Translator }) {
  const message =
    notice.outcome === "diimpor" ? t("holiday.outcome.diimpor", { added: notice.added, skipped: notice.skipped }) : t(`holiday.outcome.${notice.outcome}`);
  return (
    <div role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
      {message}
    </div>
  );
}
