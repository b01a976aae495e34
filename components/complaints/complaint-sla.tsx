import type { ComplaintSlaView } from "@/lib/complaints/sla-view";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

const TONE = {
  ON_TRACK: "border-emerald-600",
  AT_RISK: "border-amber-500",
  BREACHED: "border-red-600",
  MET: "border-emerald-600",
  MISSED: "border-red-600",
} as const;

/** The running clock: which phase, the due moment, the working days left and the status in words. */
export function ComplaintSla({ sla, locale, t }: { sla: ComplaintSlaView; locale: Locale; t: Translator }) {
  return (
    <div className={`rounded-md border-l-8 bg-white p-4 ${TONE[sla.status]}`} data-testid="complaint-sla">
      <p className="font-semibold">
        {t("complaint.slaDue", { phase: t(`complaint.slaPhase.${sla.phase}`), date: formatMoment(sla.dueAt, locale, sla.timeZone) })}
      </p>
      <p>
        <strong>{t(`sla.status.${sla.status}`)}</strong>
        {sla.status === "ON_TRACK" || sla.status === "AT_RISK" ? ` · ${t("sla.remainingDays", { count: sla.remainingDays })}` : null}
      </p>
    </div>
  );
}
