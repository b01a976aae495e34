import { pick } from "@/lib/platform/i18n/format";
import { selectionQuery, type DashboardView } from "@/lib/dashboard/view";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { DataTable } from "./data-table";
import { DownloadLinks } from "./download-links";
import { Count, Derived } from "./format";

/**
 * Office visits per location and service in the period (issue 19): waiting
 * time (check-in to call), service time and the no-show rate, with the
 * dashboard's small-number rule. The table downloads as the `kunjungan` dataset.
 */
export function VisitSection({ view, locale, t, note }: { view: DashboardView; locale: Locale; t: Translator; note?: string }) {
  const title = t("dashboard.visits.title");
  return (
    <section aria-labelledby="kunjungan-title" className="mt-10" data-testid="section-kunjungan">
      <h2 id="kunjungan-title" className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("dashboard.visits.lead")}</p>
      {note ? <p className="mt-1 max-w-3xl text-sm text-slate-700">{note}</p> : null}
      <div className="mt-4">
        {view.visits.length === 0 ? (
          <p>{t("dashboard.visits.none")}</p>
        ) : (
          <DataTable
            testId="table-kunjungan"
            caption={t("dashboard.visits.caption")}
            columns={[
              { label: t("dashboard.visits.locationService") },
              { label: t("dashboard.visits.tickets"), numeric: true },
              { label: t("dashboard.visits.waitMedian"), numeric: true },
              { label: t("dashboard.visits.serviceMedian"), numeric: true },
              { label: t("dashboard.visits.noShow"), numeric: true },
            ]}
            rows={view.visits.map((row) => ({
              key: `${row.location.slug}/${row.service.slug}`,
              header: `${pick(locale, row.location, "name")} — ${pick(locale, row.service, "name")}`,
              cells: [
                <Count key="n" value={row.tickets} locale={locale} />,
                <Derived key="w" value={row.medianWaitMinutes} digits={0} locale={locale} t={t} suffix={` ${t("dashboard.visits.minutes")}`} />,
                <Derived key="s" value={row.medianServiceMinutes} digits={0} locale={locale} t={t} suffix={` ${t("dashboard.visits.minutes")}`} />,
                <Derived key="x" value={row.noShowPercent} digits={1} locale={locale} t={t} suffix="%" />,
              ],
            }))}
          />
        )}
        {view.audience === "public" ? (
          <DownloadLinks
            dataset="kunjungan"
            title={t("dashboard.visits.caption")}
            query={new URLSearchParams(selectionQuery(view.selection)).toString()}
            t={t}
          />
        ) : null}
      </div>
    </section>
  );
}
