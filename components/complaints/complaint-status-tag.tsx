import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/platform/i18n/messages";

const TONE: Record<ComplaintStatus, string> = {
  RECEIVED: "bg-slate-200 text-slate-900",
  VERIFIED: "bg-sky-100 text-sky-900",
  ROUTED: "bg-sky-100 text-sky-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  RESPONDED: "bg-emerald-100 text-emerald-900",
  REOPENED: "bg-amber-100 text-amber-900",
  CLOSED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
};

/** A complaint's status in words (never colour alone). */
export function ComplaintStatusTag({ status, t }: { status: ComplaintStatus; t: Translator }) {
  return (
    <strong data-testid="complaint-status" className={`inline-block rounded px-2 py-1 text-sm font-bold uppercase tracking-wide ${TONE[status]}`}>
      {t(`complaint.status.${status}`)}
    </strong>
  );
}
