import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { ButtonForm } from "@/components/forms/button-form";
import { PageHeading } from "@/components/layout/page-heading";
import { OneFieldForm } from "@/components/payments/one-field-form";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { approveRefundAction, recordRefundPayoutAction, rejectRefundAction } from "@/lib/payments/treasury-actions";
import { listRefunds, refundStateFilter } from "@/lib/payments/treasury-queries";
import { REFUND_STATES } from "@/lib/payments/refunds";
import { AppError } from "@/lib/platform/errors";
import { formatMoment, formatRupiah, pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("refund.title");
export const dynamic = "force-dynamic";

const th = "py-2 pr-4 align-top";
const DONE = ["disetujui", "ditolak", "dibayarkan"] as const;

/** Refund requests: the agency's supervisor approves or refuses (refund.approve), the revenue office records the transfer (refund.payOut). */
export default async function RefundsPage({ searchParams }: { searchParams: Promise<{ status?: string; hasil?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireStaff("/petugas/pengembalian-dana"), searchParams]);
  const state = refundStateFilter(query.status);
  const refunds = await listRefunds(actor, state).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  });
  const messages = messagesFor(locale, ["form.", "validation.", "refund.", "error."]);
  const done = DONE.find((value) => value === query.hasil);
  return (
    <div>
      <PageHeading title={t("refund.title")} lead={t("refund.lead")} />
      {done ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t(`refund.done.${done}`)}
        </div>
      ) : null}
      <nav aria-label={t("refund.filter")} className="mb-6 flex flex-wrap gap-4">
        <Link href="/petugas/pengembalian-dana" className={linkStyle} aria-current={state === null ? "page" : undefined}>
          {t("refund.filterAll")}
        </Link>
        {REFUND_STATES.map((value) => (
          <Link key={value} href={`/petugas/pengembalian-dana?status=${value}`} className={linkStyle} aria-current={state === value ? "page" : undefined}>
            {t(`refund.state.${value}`)}
          </Link>
        ))}
      </nav>
      {refunds.length === 0 ? (
        <p>{t("refund.empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("refund.caption")}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("refund.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className={th}>
                  {t("refund.colBill")}
                </th>
                <th scope="col" className={th}>
                  {t("refund.colService")}
                </th>
                <th scope="col" className={th}>
                  {t("refund.colAmount")}
                </th>
                <th scope="col" className={th}>
                  {t("refund.colReason")}
                </th>
                <th scope="col" className={th}>
                  {t("refund.colState")}
                </th>
                <th scope="col" className={th}>
                  {t("refund.colAction")}
                </th>
              </tr>
            </thead>
            <tbody>
              {refunds.map((refund) => (
                <tr key={refund.id} className="border-b border-slate-300" data-testid={`refund-${refund.bill.code}`}>
                  <th scope="row" className={th}>
                    <Link href={`/bayar/${refund.bill.code}`} className={linkStyle}>
                      {refund.bill.code}
                    </Link>
                    <span className="block text-sm font-normal text-slate-700">{refund.bill.application.trackingNumber}</span>
                  </th>
                  <td className={th}>{pick(locale, refund.bill.application.service, "name")}</td>
                  <td className={`${th} text-right tabular-nums`}>{formatRupiah(refund.amount, locale)}</td>
                  <td className={th}>
                    {t(`refund.reason.${refund.reason as "latePayment"}`)}
                    <span className="block text-sm text-slate-700">{formatMoment(refund.requestedAt, locale, "Asia/Jakarta")}</span>
                  </td>
                  <td className={th}>
                    {t(`refund.state.${refund.state}`)}
                    {refund.rejectionNote ? <span className="block text-sm text-slate-700">{refund.rejectionNote}</span> : null}
                    {refund.paidOutReference ? <span className="block text-sm text-slate-700">{refund.paidOutReference}</span> : null}
                  </td>
                  <td className={th}>
                    {refund.state === "requested" && refund.mayDecide ? (
                      <>
                        <ButtonForm
                          action={approveRefundAction.bind(null, refund.id)}
                          messages={messages}
                          submitLabel={t("refund.approve")}
                          className={buttonPrimary}
                        />
                        <OneFieldForm
                          action={rejectRefundAction.bind(null, refund.id)}
                          messages={messages}
                          name="note"
                          label={t("refund.rejectNote")}
                          submitLabel={t("refund.reject")}
                          idPrefix={refund.id}
                        />
                      </>
                    ) : null}
                    {refund.state === "approved" && refund.mayPayOut ? (
                      <OneFieldForm
                        action={recordRefundPayoutAction.bind(null, refund.id)}
                        messages={messages}
                        name="reference"
                        label={t("refund.payOutReference")}
                        submitLabel={t("refund.payOut")}
                        idPrefix={refund.id}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
