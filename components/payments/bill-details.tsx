import { factList } from "@/components/ui/styles";
import { billQris, displayVirtualAccount } from "@/lib/payments/bill-view";
import type { ViewedBill } from "@/lib/payments/queries";
import { effectiveBillStatus } from "@/lib/payments/workflow";
import { formatMoment, formatRupiah } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

/** A bill: amount, breakdown, legal basis, expiry, and how to pay it while it can be paid. */
export async function BillDetails({ bill, locale, t, now }: { bill: ViewedBill; locale: Locale; t: Translator; now: Date }) {
  const status = effectiveBillStatus(bill, now);
  const timeZone = bill.application.agency.timezone;
  const amount = formatRupiah(bill.amount, locale);
  const qris = status === "ISSUED" ? await billQris(bill) : null;
  return (
    <>
      <dl className={`mt-6 ${factList}`}>
        <dt className="font-semibold">{t("bill.amount")}</dt>
        <dd className="text-2xl font-bold" data-testid="bill-amount">
          {amount}
        </dd>
        <dt className="font-semibold">{t("bill.service")}</dt>
        <dd>{locale === "id" ? bill.application.service.nameId : bill.application.service.nameEn}</dd>
        <dt className="font-semibold">{t("bill.trackingNumber")}</dt>
        <dd className="font-mono">{bill.application.trackingNumber}</dd>
        <dt className="font-semibold">{t("bill.issuedAt")}</dt>
        <dd>{formatMoment(bill.issuedAt, locale, timeZone)}</dd>
        {bill.paidAt ? (
          <>
            <dt className="font-semibold">{t("bill.paidAt")}</dt>
            <dd>{formatMoment(bill.paidAt, locale, timeZone)}</dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">{t("bill.expiresAt")}</dt>
            <dd>{formatMoment(bill.expiresAt, locale, timeZone)}</dd>
          </>
        )}
        <dt className="font-semibold">{t("bill.legalBasis")}</dt>
        <dd>{bill.legalBasis[locale]}</dd>
      </dl>

      <table className="mt-6 w-full max-w-xl border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold">{t("bill.breakdownCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t("bill.item")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("bill.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {bill.breakdown.lines.map((line, index) => (
            <tr key={index} className="border-b border-slate-300">
              <td className="py-2 pr-4">
                {line.label[locale]}
                {bill.breakdown.inputs.length ? (
                  <p className="text-sm text-slate-700">
                    {t("bill.inputs", { inputs: bill.breakdown.inputs.map((input) => `${input.name} = ${input.value}`).join("; ") })}
                  </p>
                ) : null}
              </td>
              <td className="py-2 text-right">{formatRupiah(line.amount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {qris ? (
        <section aria-labelledby="pay-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-6">
          <h2 id="pay-title" className="text-2xl font-semibold">
            {t("bill.virtualAccount")}
          </h2>
          <p className="mt-2 font-mono text-2xl font-bold" data-testid="virtual-account">
            {displayVirtualAccount(bill.virtualAccountNo)}
          </p>
          <h2 className="mt-6 text-2xl font-semibold">{t("bill.qris")}</h2>
          <p className="mt-1 max-w-prose text-slate-700">{t("bill.qrisHelp")}</p>
          <div
            role="img"
            aria-label={t("bill.qrisAlt", { amount })}
            className="mt-4 h-56 w-56 bg-white [&>svg]:h-full [&>svg]:w-full"
            // The markup comes from the qrcode package (rects and paths only), not from user input.
            dangerouslySetInnerHTML={{ __html: qris.svg }}
          />
        </section>
      ) : null}
    </>
  );
}
