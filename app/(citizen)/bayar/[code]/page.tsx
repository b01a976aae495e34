import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BillDetails } from "@/components/payments/bill-details";
import { BillRefunds } from "@/components/payments/bill-refunds";
import { BillReissue } from "@/components/payments/bill-reissue";
import { BillStatusTag } from "@/components/payments/bill-status-tag";
import { buttonPrimary, buttonSecondary, linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { isSimulatorEnabled } from "@/lib/payments/providers/simulator";
import { billsOfApplication, loadBillForViewer } from "@/lib/payments/queries";
import { billsOfferedReissue } from "@/lib/applications/bill-reissue-offer";
import { applicantMayRequestRefund } from "@/lib/applications/refund-eligibility";
import { replacementOf } from "@/lib/payments/reissue";
import { refundsOfBill } from "@/lib/payments/treasury-queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { effectiveBillStatus, isSettled } from "@/lib/payments/workflow";
import { AppError } from "@/lib/platform/errors";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("bill.pageTitle");
export const dynamic = "force-dynamic";

/** /bayar/<bill code>: the bill, how to pay it, and once paid the receipt (DESIGN.md §14). */
export default async function BillPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ hasil?: string }> }) {
  const [{ code }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireUser(`/bayar/${code}`);
  const bill = await loadBillForViewer(actor, code).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const now = new Date();
  const status = effectiveBillStatus(bill, now);
  const [refunds, mayRequestRefund, siblings] = await Promise.all([
    refundsOfBill(bill.id),
    applicantMayRequestRefund(actor, bill),
    billsOfApplication(bill.application.id),
  ]);
  const replacement = replacementOf(bill, siblings);
  const mayReissue = (await billsOfferedReissue(actor, bill.application.id, siblings, now)).has(bill.code);
  return (
    <div className="max-w-3xl">
      <p className="mt-8 text-sm text-slate-600">
        <Link href={`/permohonan/${bill.application.id}`} className={linkStyle}>
          {t("bill.backToApplication")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("bill.title", { code: bill.code })}</h1>
      <div className="mt-4">
        <BillStatusTag status={status} t={t} />
      </div>
      {query.hasil === "kode-baru" && status === "ISSUED" ? (
        <div role="status" className="mt-4 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("bill.reissue.done")}
        </div>
      ) : null}
      <p className="mt-4 max-w-prose">
        {isSettled(status)
          ? t("bill.paidNote")
          : status === "ISSUED"
            ? t("bill.lead")
            : status === "CANCELLED"
              ? t("bill.cancelledNote")
              : t("bill.expiredNote")}
      </p>
      {replacement ? (
        <p className="mt-2 max-w-prose" data-testid="bill-replaced-by">
          {t("bill.reissue.replacedBy", { code: replacement.code })}{" "}
          <Link href={`/bayar/${replacement.code}`} className={linkStyle}>
            {t("bill.reissue.openReplacement", { code: replacement.code })}
          </Link>
        </p>
      ) : null}
      {mayReissue ? <BillReissue code={bill.code} messages={messagesFor(locale, ["form.", "bill.reissue.", "error."])} t={t} /> : null}
      <BillDetails bill={bill} locale={locale} t={t} now={now} />
      <p className="mt-8 flex flex-wrap gap-4">
        {isSettled(status) && bill.settledPayment ? (
          <a href={`/api/bayar/${bill.code}/bukti`} className={buttonPrimary}>
            {t("bill.receiptPdf")}
          </a>
        ) : null}
        {status === "ISSUED" && isSimulatorEnabled() && actor.id === bill.application.citizenId ? (
          <Link href={`/bayar/simulasi/${bill.code}`} className={buttonPrimary}>
            {t("bill.payInSimulator")}
          </Link>
        ) : null}
        <a href={`/api/bayar/${bill.code}/pdf`} className={buttonSecondary}>
          {t("bill.printPdf")}
        </a>
      </p>
      {status === "ISSUED" && isSimulatorEnabled() ? <p className="mt-2 text-sm text-slate-700">{t("bill.simulatorNote")}</p> : null}
      <BillRefunds
        code={bill.code}
        refunds={refunds}
        mayRequest={mayRequestRefund}
        requested={query.hasil === "pengembalian-diajukan"}
        messages={messagesFor(locale, ["form.", "refund.", "error."])}
        locale={locale}
        t={t}
      />
    </div>
  );
}
