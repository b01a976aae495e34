import { notFound } from "next/navigation";
import { ButtonForm } from "@/components/forms/button-form";
import { buttonPrimary, factList } from "@/components/ui/styles";
import { payInSimulatorAction } from "@/lib/payments/actions";
import { displayVirtualAccount } from "@/lib/payments/bill-view";
import { newSimulatorReference, simulatorBill } from "@/lib/payments/providers/simulator";
import { isPayable } from "@/lib/payments/workflow";
import { AppError } from "@/lib/platform/errors";
import { formatRupiah } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("payment.simulator.title");
export const dynamic = "force-dynamic";

/**
 * /bayar/simulasi/<bill code>: the built-in bank simulator (docs/payments.md). It plays the bank
 * the citizen pays at; "Pay" makes the bank's signed SNAP calls to the portal over HTTP.
 */
export default async function BankSimulatorPage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const bill = await simulatorBill(code).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const amount = formatRupiah(bill.amount, locale);
  return (
    <div className="mt-8 max-w-2xl rounded-lg border-4 border-dashed border-slate-400 p-6">
      <h1 className="text-3xl font-bold">{t("payment.simulator.title")}</h1>
      <p className="mt-2 max-w-prose">{t("payment.simulator.lead")}</p>
      <dl className={`mt-6 ${factList}`}>
        <dt className="font-semibold">{t("bill.virtualAccount")}</dt>
        <dd className="font-mono text-xl">{displayVirtualAccount(bill.virtualAccountNo)}</dd>
        <dt className="font-semibold">{t("bill.amount")}</dt>
        <dd className="text-xl font-bold">{amount}</dd>
      </dl>
      <div className="mt-6">
        {isPayable(bill, new Date()) ? (
          <ButtonForm
            action={payInSimulatorAction.bind(null, bill.code, newSimulatorReference())}
            messages={messagesFor(locale, ["form.", "payment.", "bill."])}
            submitLabel={t("payment.simulator.pay", { amount })}
            className={buttonPrimary}
          />
        ) : (
          <p className="font-semibold">{t("payment.billNotPayable")}</p>
        )}
      </div>
    </div>
  );
}
