import { formatRupiah } from "@/lib/platform/i18n/format";
import { selectionQuery, type DashboardView } from "@/lib/dashboard/view";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { DownloadLinks } from "./download-links";
import { Count, headerCell, numericCell, numericHeader } from "./format";

/** Fees collected per service and month (the open dataset "pendapatan"): small counts suppressed, amounts behind them hidden. */
export function RevenueSection({ view, locale, t }: { view: DashboardView; locale: Locale; t: Translator }) {
  const title = t("dashboard.revenue.title");
  const money = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden>—</span>
        <span className="sr-only">{t("dashboard.notShown")}</span>
      </>
    ) : (
      formatRupiah(value, locale)
    );
  return (
    <section aria-labelledby="revenue-heading" className="mt-10">
      <h2 id="revenue-heading" className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-prose">{t("dashboard.revenue.lead")}</p>
      {view.revenue.length === 0 ? (
        <p className="mt-2">{t("dashboard.revenue.empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
          <table className="w-full border-collapse" data-testid="revenue-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className={headerCell}>
                  {t("dashboard.revenue.month")}
                </th>
                <th scope="col" className={headerCell}>
                  {t("dashboard.revenue.service")}
                </th>
                <th scope="col" className={numericHeader}>
                  {t("dashboard.revenue.payments")}
                </th>
                <th scope="col" className={numericHeader}>
                  {t("dashboard.revenue.amount")}
                </th>
                <th scope="col" className={numericHeader}>
                  {t("dashboard.revenue.refunded")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.revenue.map((row) => (
                <tr key={`${row.month}-${row.serviceSlug}`} className="border-b border-slate-300">
                  <td className={headerCell}>{row.month}</td>
                  <th scope="row" className={headerCell}>
                    {row.serviceName} ({row.agencyCode})
                  </th>
                  <td className={numericCell}>
                    <Count value={row.payments} locale={locale} />
                  </td>
                  <td className={numericCell}>{money(row.amount)}</td>
                  <td className={numericCell}>{money(row.refunded)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DownloadLinks dataset="pendapatan" title={title} query={new URLSearchParams(selectionQuery(view.selection)).toString()} t={t} />
    </section>
  );
}
