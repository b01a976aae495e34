import Link from "next/link";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { billsOfApplication } from "@/lib/payments/queries";
import { effectiveBillStatus } from "@/lib/payments/workflow";
import { formatRupiah } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { BillStatusTag } from "./bill-status-tag";

/** The bills of an application on its page (the page has already checked who may see the case). */
export async function ApplicationBills({ applicationId, locale, t }: { applicationId: string; locale: Locale; t: Translator }) {
  const bills = await billsOfApplication(applicationId);
  if (bills.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="bills-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="bills-title" className="text-xl font-semibold">
        {t("bill.pageTitle")}
      </h2>
      <ul className="mt-2 space-y-2">
        {bills.map((bill) => {
          const status = effectiveBillStatus(bill, now);
          return (
            <li key={bill.code} className="flex flex-wrap items-center gap-3">
              <span className="font-mono">{bill.code}</span>
              <span className="font-semibold">{formatRupiah(bill.amount, locale)}</span>
              <BillStatusTag status={status} t={t} />
              <Link href={`/bayar/${bill.code}`} className={status === "ISSUED" ? buttonPrimary : linkStyle}>
                {t("bill.openBill")}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
