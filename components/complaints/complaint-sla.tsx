import type { ComplaintSlaView } from "@/lib/complaints/sla-view";
import { SLA_TONE } from "@/components/ui/sla-tone";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

/** The running clock: which phase, the due moment, the working days left and the status in words. */
export function ComplaintSla({ sla, locale, t }: { sla: ComplaintSlaView; locale: Locale; t: Translator }) {
  return (
    <div className={`rounded-md border-l-8 bg-white p-4 ${SLA_TONE[sla.status]}`} data-testid="complaint-sla">
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
