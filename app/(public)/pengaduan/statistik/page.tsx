import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, inputBase, linkStyle } from "@/components/ui/styles";
import { Count, Derived } from "@/components/dashboard/format";
import { publicComplaintStatistics, statisticsPeriod, statisticsPeriodSchema } from "@/lib/dashboard/complaint-statistics";
import { formatCalendarDate } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("complaints.stats.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public complaint statistics per agency: figures only (the transparency dashboard reads the same function). */
export default async function ComplaintStatisticsPage({ searchParams }: Props) {
  const [{ locale, t }, raw] = await Promise.all([getTranslator(), searchParams]);
  const period = statisticsPeriod(
    statisticsPeriodSchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))),
  );
  const rows = await publicComplaintStatistics(period);
  const query = new URLSearchParams({ dari: period.from, sampai: period.to });
  const columns = [
    ["complaints.stats.colReceived", "received"],
    ["complaints.stats.colRouted", "routed"],
    ["complaints.stats.colResponded", "responded"],
    ["complaints.stats.colOnTime", "respondedOnTime"],
    ["complaints.stats.colClosed", "closed"],
    ["complaints.stats.colRejected", "rejected"],
    ["complaints.stats.colOpen", "open"],
    ["complaints.stats.colOverdue", "overdue"],
  ] as const;
  const derivedColumns = [
    ["complaints.stats.colMedian", "medianResponseDays", 1],
    ["complaints.stats.colP90", "p90ResponseDays", 1],
    ["complaints.stats.colRating", "averageRating", 2],
  ] as const;
  return (
    <div>
      <PageHeading title={t("complaints.stats.title")} lead={t("complaints.stats.lead")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
        <label className="block">
          <span className="font-semibold">{t("complaints.stats.from")}</span>
          <input type="date" name="dari" defaultValue={period.from} className={inputBase} />
        </label>
        <label className="block">
          <span className="font-semibold">{t("complaints.stats.to")}</span>
          <input type="date" name="sampai" defaultValue={period.to} className={inputBase} />
        </label>
        <button type="submit" className={buttonSecondary}>
          {t("complaints.stats.show")}
        </button>
      </form>
      <p className="mb-2 font-semibold">
        {t("complaints.stats.period", {
          from: formatCalendarDate(new Date(`${period.from}T00:00:00Z`), locale),
          to: formatCalendarDate(new Date(`${period.to}T00:00:00Z`), locale),
        })}
      </p>
      <p className="mb-4 flex gap-4">
        <a href={`/pengaduan/statistik.csv?${query}`} className={linkStyle}>
          {t("complaints.stats.downloadCsv")}
        </a>
        <a href={`/pengaduan/statistik.json?${query}`} className={linkStyle}>
          {t("complaints.stats.downloadJson")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t("complaints.stats.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="complaint-statistics">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t("complaints.stats.colAgency")}
                </th>
                {[...columns, ...derivedColumns].map(([label]) => (
                  <th key={label} scope="col" className="p-2 text-right">
                    {t(label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.agencyCode ?? "-"} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    {row.agencyCode ? (locale === "id" ? row.agencyNameId : row.agencyNameEn) : t("complaints.notRouted")}
                  </th>
                  {columns.map(([label, key]) => (
                    <td key={label} className="p-2 text-right">
                      <Count value={row[key]} locale={locale} />
                    </td>
                  ))}
                  {derivedColumns.map(([label, key, digits]) => (
                    <td key={label} className="p-2 text-right">
                      <Derived value={row[key]} digits={digits} locale={locale} t={t} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length ? (
        <p className="mt-4 text-sm text-slate-700" data-testid="suppression-note">
          {t("dashboard.suppressionNote")}
        </p>
      ) : null}
    </div>
  );
}
