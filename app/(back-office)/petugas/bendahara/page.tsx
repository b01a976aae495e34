import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { BillStatusTag } from "@/components/payments/bill-status-tag";
import { buttonPrimary, inputBase, linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { TREASURY_STATUS_FILTERS, treasuryFilters, treasuryOverview } from "@/lib/payments/treasury-queries";
import { formatMoment, formatRupiah, pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("treasury.ui.title");
export const dynamic = "force-dynamic";

const ZONE = "Asia/Jakarta";
const th = "py-2 pr-4";
const num = "py-2 pr-4 text-right tabular-nums";

/** The revenue office's view (policy treasury.read): bills by date, service and status, totals per service and per day. */
export default async function TreasuryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireStaff("/petugas/bendahara"), searchParams]);
  if (!can(actor, "treasury.read", { agencyId: null }) && !actor.memberships.some((m) => can(actor, "treasury.read", { agencyId: m.agencyId }))) forbidden();
  const filters = treasuryFilters(query);
  const view = await treasuryOverview(actor, filters);
  const rupiah = (amount: number) => formatRupiah(amount, locale);
  return (
    <div>
      <PageHeading title={t("treasury.ui.title")} lead={t("treasury.ui.lead")} />
      <p className="mb-4">{actor.memberships.length === 0 ? t("treasury.ui.scopeAll") : t("treasury.ui.scopeAgencies")}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        {can(actor, "treasury.reconcile") ? (
          <Link href="/petugas/bendahara/rekonsiliasi" className={linkStyle}>
            {t("treasury.ui.nav.reconciliation")}
          </Link>
        ) : null}
        <Link href="/petugas/pengembalian-dana" className={linkStyle}>
          {t("treasury.ui.nav.refunds")}
        </Link>
      </p>
      <form method="get" className="mb-8 grid max-w-4xl gap-4 sm:grid-cols-5 sm:items-end" aria-label={t("treasury.ui.filters")}>
        <label className="block font-semibold">
          {t("treasury.ui.from")}
          <input type="date" name="dari" defaultValue={filters.from} className={inputBase} />
        </label>
        <label className="block font-semibold">
          {t("treasury.ui.to")}
          <input type="date" name="sampai" defaultValue={filters.to} className={inputBase} />
        </label>
        <label className="block font-semibold">
          {t("treasury.ui.service")}
          <select name="layanan" defaultValue={filters.serviceId ?? ""} className={inputBase}>
            <option value="">{t("treasury.ui.allServices")}</option>
            {view.services.map((service) => (
              <option key={service.id} value={service.id}>
                {pick(locale, service, "name")}
              </option>
            ))}
          </select>
        </label>
        <label className="block font-semibold">
          {t("treasury.ui.status")}
          <select name="status" defaultValue={filters.status} className={inputBase}>
            {TREASURY_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`treasury.ui.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonPrimary}>
          {t("treasury.ui.apply")}
        </button>
      </form>

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("treasury.ui.byServiceCaption")}>
          <table className="w-full border-collapse text-left" data-testid="treasury-by-service">
            <caption className="mb-2 text-left text-xl font-semibold">{t("treasury.ui.byServiceCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className={th}>
                  {t("treasury.ui.colService")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colIssuedCount")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colReissuedCount")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colPaidCount")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colPaidAmount")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colOpen")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colExpired")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.byService.map((row) => (
                <tr key={row.serviceId} className="border-b border-slate-300">
                  <th scope="row" className={th}>
                    {pick(locale, row, "name")}
                  </th>
                  <td className={num}>{row.issued}</td>
                  <td className={num}>{row.reissued}</td>
                  <td className={num}>{row.paid}</td>
                  <td className={num}>{rupiah(row.paidAmount)}</td>
                  <td className={num}>{row.open}</td>
                  <td className={num}>{row.expired}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("treasury.ui.byDayCaption")}>
          <table className="w-full border-collapse text-left" data-testid="treasury-by-day">
            <caption className="mb-2 text-left text-xl font-semibold">{t("treasury.ui.byDayCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className={th}>
                  {t("treasury.ui.colDay")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colPayments")}
                </th>
                <th scope="col" className={th}>
                  {t("treasury.ui.colPaidAmount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.byDay.map((row) => (
                <tr key={row.day} className="border-b border-slate-300">
                  <th scope="row" className={th}>
                    {row.day}
                  </th>
                  <td className={num}>{row.payments}</td>
                  <td className={num}>{rupiah(row.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h2 className="mt-10 text-xl font-semibold">{t("treasury.ui.billsTitle")}</h2>
      {view.bills.length === 0 ? (
        <p className="mt-2">{t("treasury.ui.empty")}</p>
      ) : (
        <>
          <p className="mt-2">{t("treasury.ui.shown", { shown: view.shown, count: view.count })}</p>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("treasury.ui.billsCaption")}>
            <table className="w-full border-collapse text-left" data-testid="treasury-bills">
              <caption className="sr-only">{t("treasury.ui.billsCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className={th}>
                    {t("treasury.ui.colCode")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colTracking")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colService")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colAmount")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colStatus")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colIssued")}
                  </th>
                  <th scope="col" className={th}>
                    {t("treasury.ui.colPaid")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.bills.map((bill) => (
                  <tr key={bill.code} className="border-b border-slate-300" data-testid={`treasury-bill-${bill.code}`}>
                    <th scope="row" className={th}>
                      <Link href={`/bayar/${bill.code}`} className={linkStyle}>
                        {bill.code}
                      </Link>
                    </th>
                    <td className={th}>{bill.application.trackingNumber}</td>
                    <td className={th}>
                      {pick(locale, bill.application.service, "name")} ({bill.application.agency.code})
                    </td>
                    <td className={num}>{rupiah(bill.amount)}</td>
                    <td className={th}>
                      <BillStatusTag status={bill.status} t={t} />
                    </td>
                    <td className={th}>{formatMoment(bill.issuedAt, locale, ZONE)}</td>
                    <td className={th}>{bill.paidAt ? formatMoment(bill.paidAt, locale, ZONE) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
