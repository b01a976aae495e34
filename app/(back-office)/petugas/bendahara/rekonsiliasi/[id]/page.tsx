import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { loadReconciliationRun } from "@/lib/payments/treasury-queries";
import { AppError } from "@/lib/platform/errors";
import { formatRupiah } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("reconciliation.title");
export const dynamic = "force-dynamic";

const th = "py-2 pr-4";
const num = "py-2 pr-4 text-right tabular-nums";

/** One reconciliation run: totals, then every line, mismatches first. */
export default async function ReconciliationRunPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ hasil?: string }> }) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireStaff(`/petugas/bendahara/rekonsiliasi/${id}`);
  if (!can(actor, "treasury.reconcile")) forbidden();
  const run = await loadReconciliationRun(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const rupiah = (amount: number | null) => (amount === null ? "—" : formatRupiah(amount, locale));
  return (
    <div>
      <p className="mt-8 text-sm">
        <Link href="/petugas/bendahara/rekonsiliasi" className={linkStyle}>
          {t("reconciliation.backToRuns")}
        </Link>
      </p>
      <PageHeading
        title={t("reconciliation.runTitle", { date: run.settlementDate })}
        lead={t("reconciliation.summary", { matched: run.matchedCount, mismatches: run.mismatchCount, rows: run.fileRows })}
      />
      {query.hasil === "sudah-ada" ? (
        <div role="status" className="mb-6 max-w-xl border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("reconciliation.alreadyUploaded")}
        </div>
      ) : null}
      <dl className="mb-6 grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("reconciliation.fileTotal")}</dt>
        <dd data-testid="file-total">{rupiah(run.fileTotal)}</dd>
        <dt className="font-semibold">{t("reconciliation.portalTotal")}</dt>
        <dd data-testid="portal-total">{rupiah(run.portalTotal)}</dd>
        <dt className="font-semibold">{t("reconciliation.colFile")}</dt>
        <dd className="break-all">
          {run.fileName ?? "—"} (SHA-256 {run.fileSha256.slice(0, 16)}…)
        </dd>
      </dl>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("reconciliation.itemsCaption")}>
        <table className="w-full border-collapse text-left" data-testid="reconciliation-items">
          <caption className="mb-2 text-left text-xl font-semibold">{t("reconciliation.itemsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className={th}>
                {t("reconciliation.colKind")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colLine")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colBill")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colVa")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colReference")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colFileAmount")}
              </th>
              <th scope="col" className={th}>
                {t("reconciliation.colPortalAmount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {run.items.map((item) => (
              <tr key={item.id} className="border-b border-slate-300" data-testid={item.billCode ? `reconciliation-${item.billCode}` : undefined}>
                <th scope="row" className={`${th} ${item.kind === "matched" ? "" : "text-accent-500"}`}>
                  {t(`reconciliation.kind.${item.kind as "matched"}`)}
                </th>
                <td className={num}>{item.line ?? "—"}</td>
                <td className={th}>{item.billCode ?? "—"}</td>
                <td className={th}>{item.virtualAccountNo ?? "—"}</td>
                <td className={`${th} break-all`}>{item.paymentReference ?? "—"}</td>
                <td className={num}>{rupiah(item.fileAmount)}</td>
                <td className={num}>{rupiah(item.portalAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
