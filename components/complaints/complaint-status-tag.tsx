import type { FilerStatus } from "@/lib/complaints/workflow";
import type { Translator } from "@/lib/platform/i18n/messages";

const TONE: Record<FilerStatus, string> = {
  RECEIVED: "bg-slate-200 text-slate-900",
  VERIFIED: "bg-sky-100 text-sky-900",
  ROUTED: "bg-sky-100 text-sky-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  RESPONDED: "bg-emerald-100 text-emerald-900",
  REOPENED: "bg-amber-100 text-amber-900",
  CLOSED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  WITH_INTEGRITY_UNIT: "bg-sky-100 text-sky-900",
};

/** A complaint's status in words (never colour alone); to its filer, as lib/complaints/workflow.ts filerFacingStatus words it. */
export function ComplaintStatusTag({ status, t }: { status: FilerStatus; t: Translator }) {
  return (
    <strong data-testid="complaint-status" className={`inline-block rounded px-2 py-1 text-sm font-bold uppercase tracking-wide ${TONE[status]}`}>
      {t(`complaint.status.${status}`)}
    </strong>
  );
}
