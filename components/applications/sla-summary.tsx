import type { SlaView } from "@/lib/applications/queries";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

const TONE = {
  ON_TRACK: "border-emerald-600",
  AT_RISK: "border-amber-500",
  BREACHED: "border-red-600",
  MET: "border-emerald-600",
  MISSED: "border-red-600",
} as const;

/** The service time limit as the citizen sees it: due moment, working days left, status in words. */
export function SlaSummary({ sla, locale, t }: { sla: SlaView; locale: Locale; t: Translator }) {
  return (
    <div className={`rounded-md border-l-8 bg-white p-4 ${TONE[sla.status]}`} data-testid="sla-summary">
      <p className="font-semibold">{t("sla.dueOn", { date: formatMoment(sla.dueAt, locale, sla.timeZone) })}</p>
      <p>
        <strong>{t(`sla.status.${sla.status}`)}</strong>
        {sla.status === "ON_TRACK" || sla.status === "AT_RISK" ? ` · ${t("sla.remainingDays", { count: sla.remainingDays })}` : null}
      </p>
      {sla.paused ? <p className="mt-1 text-sm">{t("sla.paused")}</p> : null}
    </div>
  );
}
