import type { BillStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/platform/i18n/messages";

const TONE: Record<BillStatus, string> = {
  ISSUED: "bg-amber-100 text-amber-900",
  PAID: "bg-emerald-100 text-emerald-900",
  EXPIRED: "bg-slate-200 text-slate-900",
  CANCELLED: "bg-slate-200 text-slate-900",
  REFUND_REQUESTED: "bg-sky-100 text-sky-900",
  REFUNDED: "bg-slate-200 text-slate-900",
};

export function BillStatusTag({ status, t }: { status: BillStatus; t: Translator }) {
  return (
    <span className={`inline-block rounded px-3 py-1 font-semibold ${TONE[status]}`} data-testid="bill-status">
      {t(`bill.status.${status}`)}
    </span>
  );
}
