import { ButtonForm } from "@/components/forms/button-form";
import { buttonPrimary } from "@/components/ui/styles";
import { requestRefundAction } from "@/lib/payments/treasury-actions";
import type { RefundState } from "@/lib/payments/refunds";
import { formatRupiah } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { Messages } from "@/components/forms/use-form-messages";

type Refund = { id: string; amount: number; state: RefundState; rejectionNote: string | null; paidOutReference: string | null };

/** A bill's refunds as the payer reads them, and, when the application ended without its output, the request button. */
export function BillRefunds({
  code,
  refunds,
  mayRequest,
  requested,
  messages,
  locale,
  t,
}: {
  code: string;
  refunds: Refund[];
  mayRequest: boolean;
  requested: boolean;
  messages: Messages;
  locale: Locale;
  t: Translator;
}) {
  if (refunds.length === 0 && !mayRequest) return null;
  return (
    <section aria-labelledby="refund-heading" className="mt-8 max-w-prose">
      <h2 id="refund-heading" className="text-xl font-semibold">
        {t("refund.citizen.title")}
      </h2>
      {requested ? (
        <div role="status" className="mt-2 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("refund.citizen.requested")}
        </div>
      ) : null}
      <ul className="mt-2 list-disc pl-6" data-testid="bill-refunds">
        {refunds.map((refund) => (
          <li key={refund.id}>
            {t("refund.citizen.state", { amount: formatRupiah(refund.amount, locale), state: t(`refund.state.${refund.state}`) })}
            {refund.rejectionNote ? <span className="block">{t("refund.citizen.rejectedNote", { note: refund.rejectionNote })}</span> : null}
            {refund.paidOutReference ? <span className="block">{t("refund.citizen.paidOut", { reference: refund.paidOutReference })}</span> : null}
          </li>
        ))}
      </ul>
      {mayRequest ? (
        <>
          <p className="mt-2">{t("refund.citizen.help")}</p>
          <div className="mt-2">
            <ButtonForm action={requestRefundAction.bind(null, code)} messages={messages} submitLabel={t("refund.citizen.request")} className={buttonPrimary} />
          </div>
        </>
      ) : null}
    </section>
  );
}
