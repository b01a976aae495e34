import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { ReconciliationForm } from "@/components/payments/reconciliation-form";
import { linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { isSimulatorEnabled } from "@/lib/payments/providers/simulator";
import { treasuryToday } from "@/lib/payments/reconciliation";
import { listReconciliationRuns, unreconciledDays } from "@/lib/payments/treasury-queries";
import { formatMoment, formatRupiah } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("reconciliation.title");
export const dynamic = "force-dynamic";

const th = "py-2 pr-4";
const num = "py-2 pr-4 text-right tabular-nums";

/** The daily reconciliation (policy treasury.reconcile): upload the settlement file, see earlier runs and days not yet reconciled. */
export default async function ReconciliationPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireStaff("/petugas/bendahara/rekonsiliasi")]);
  if (!can(actor, "treasury.reconcile")) forbidden();
  const [runs, missing] = await Promise.all([listReconciliationRuns(actor), unreconciledDays(14)]);
  const today = treasuryToday();
  return (
    <div>
      <p className="mt-8 text-sm">
        <Link href="/petugas/bendahara" className={linkStyle}>
          {t("treasury.ui.title")}
        </Link>
      </p>
      <PageHeading title={t("reconciliation.title")} lead={t("reconciliation.lead")} />
      <h2 className="text-xl font-semibold">{t("reconciliation.formatTitle")}</h2>
      <p className="mb-4 max-w-prose">{t("reconciliation.formatHelp")}</p>
      <ReconciliationForm messages={messagesFor(locale, ["form.", "validation.", "reconciliation."])} />
      {isSimulatorEnabled() ? (
        <section aria-labelledby="simulator-heading" className="mt-8">
          <h2 id="simulator-heading" className="text-xl font-semibold">
            {t("reconciliation.simulatorTitle")}
          </h2>
          <p className="max-w-prose">{t("reconciliation.simulatorHelp")}</p>
          <p className="mt-2">
            <a href={`/api/bayar/simulasi/${today}.csv`} className={linkStyle} data-testid="simulator-settlement">
              {t("reconciliation.simulatorDownload", { date: today })}
            </a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="unreconciled-heading" className="mt-8">
        <h2 id="unreconciled-heading" className="text-xl font-semibold">
          {t("reconciliation.unreconciledTitle")}
        </h2>
        {missing.length ? (
          <>
            <p>{t("reconciliation.unreconciledLead")}</p>
            <ul className="mt-2 list-disc pl-6">
              {missing.map((day) => (
                <li key={day}>{day}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("reconciliation.unreconciledNone")}</p>
        )}
      </section>
      <section aria-labelledby="runs-heading" className="mt-8">
        <h2 id="runs-heading" className="text-xl font-semibold">
          {t("reconciliation.runsTitle")}
        </h2>
        {runs.length === 0 ? (
          <p>{t("reconciliation.noRuns")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("reconciliation.runsCaption")}>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("reconciliation.runsCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className={th}>
                    {t("reconciliation.colDate")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.colFile")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.colUploaded")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.colRows")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.colMatched")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.colMismatches")}
                  </th>
                  <th scope="col" className={th}>
                    {t("reconciliation.fileTotal")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id} className="border-b border-slate-300">
                    <th scope="row" className={th}>
                      <Link href={`/petugas/bendahara/rekonsiliasi/${run.id}`} className={linkStyle}>
                        {run.settlementDate}
                      </Link>
                    </th>
                    <td className={th}>{run.fileName ?? "—"}</td>
                    <td className={th}>{formatMoment(run.uploadedAt, locale, "Asia/Jakarta")}</td>
                    <td className={num}>{run.fileRows}</td>
                    <td className={num}>{run.matchedCount}</td>
                    <td className={num}>{run.mismatchCount}</td>
                    <td className={num}>{formatRupiah(run.fileTotal, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
