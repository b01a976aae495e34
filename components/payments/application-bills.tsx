import { Link } from "@/components/ui/link";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { billsOfferedReissue } from "@/lib/applications/bill-reissue-offer";
import type { Actor } from "@/lib/auth/actor";
import { billsOfApplication } from "@/lib/payments/queries";
import { effectiveBillStatus } from "@/lib/payments/workflow";
import { formatRupiah } from "@/lib/platform/i18n/format";
import { messagesFor, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { BillReissue } from "./bill-reissue";
import { BillStatusTag } from "./bill-status-tag";

/**
 * The bills of an application on its page (the page has already checked who
 * may see the case), with "get a new payment code" under an expired one when
 * `actor` may ask for it.
 */
export async function ApplicationBills({ applicationId, actor, locale, t }: { applicationId: string; actor?: Actor; locale: Locale; t: Translator }) {
  const bills = await billsOfApplication(applicationId);
  if (bills.length === 0) return null;
  const now = new Date();
  const offered = actor ? await billsOfferedReissue(actor, applicationId, bills, now) : new Set<string>();
  const messages = offered.size > 0 ? messagesFor(locale, ["form.", "bill.reissue.", "error."]) : {};
  return (
    <section aria-labelledby="bills-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="bills-title" className="text-xl font-semibold">
        {t("bill.pageTitle")}
      </h2>
      <ul className="mt-2 space-y-2">
        {bills.map((bill) => {
          const status = effectiveBillStatus(bill, now);
          return (
            <li key={bill.code}>
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{bill.code}</span>
                <span className="font-semibold">{formatRupiah(bill.amount, locale)}</span>
                <BillStatusTag status={status} t={t} />
                <Link href={`/bayar/${bill.code}`} className={status === "ISSUED" ? buttonPrimary : linkStyle}>
                  {t("bill.openBill")}
                </Link>
              </div>
              {offered.has(bill.code) ? (
                <>
                  <p className="mt-2 max-w-prose">{t("bill.expiredNote")}</p>
                  <BillReissue code={bill.code} messages={messages} t={t} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
