import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/platform/i18n/messages";

const TONE: Record<ApplicationStatus, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  SUBMITTED: "bg-sky-100 text-sky-900",
  IN_REVIEW: "bg-sky-100 text-sky-900",
  NEEDS_CORRECTION: "bg-amber-100 text-amber-900",
  AWAITING_PAYMENT: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  COMPLETED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-slate-200 text-slate-900",
};

/** A status in words (never colour alone), e.g. "Perlu perbaikan"; its shape is the `status-tag` utility (app/globals.css). */
export function StatusTag({ status, t }: { status: ApplicationStatus; t: Translator }) {
  return (
    <strong data-testid="application-status" className={`status-tag ${TONE[status]}`}>
      {t(`application.status.${status}`)}
    </strong>
  );
}
