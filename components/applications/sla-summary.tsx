import type { SlaView } from "@/lib/applications/queries";
import { SLA_TONE } from "@/components/ui/sla-tone";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

/**
 * The service time limit: due moment, working days left, status in words.
 * A paused clock waits for the applicant: "your correction" to the citizen,
 * "the applicant's" to the officer.
 */
export function SlaSummary({ sla, locale, t, reader = "applicant" }: { sla: SlaView; locale: Locale; t: Translator; reader?: "applicant" | "staff" }) {
  return (
    <div className={`rounded-md border-l-8 bg-white p-4 ${SLA_TONE[sla.status]}`} data-testid="sla-summary">
      <p className="font-semibold">{t("sla.dueOn", { date: formatMoment(sla.dueAt, locale, sla.timeZone) })}</p>
      <p>
        <strong>{t(`sla.status.${sla.status}`)}</strong>
        {sla.status === "ON_TRACK" || sla.status === "AT_RISK" ? ` · ${t("sla.remainingDays", { count: sla.remainingDays })}` : null}
      </p>
      {sla.paused ? <p className="mt-1 text-sm">{t(reader === "staff" ? "sla.pausedForApplicant" : "sla.paused")}</p> : null}
    </div>
  );
}
