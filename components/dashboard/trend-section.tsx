import type { PublishedCount } from "@/lib/platform/suppression";
import type { DashboardView } from "@/lib/dashboard/view";
import { dateTimeFormat } from "@/lib/platform/i18n/intl-cache";
import type { Locale } from "@/lib/platform/i18n/messages";
import { BarChart, LineChart } from "./charts";
import { DataTable } from "./data-table";
import { Count, Derived, formatLocalDate } from "./format";
import { Downloads, Section, type SectionProps } from "./section";

const asNumber = (value: PublishedCount) => (typeof value === "number" ? value : 0);

function trendLabel(start: string, granularity: DashboardView["selection"]["granularity"], locale: Locale) {
  const date = new Date(`${start}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    granularity === "month" ? { month: "short", year: "2-digit", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" };
  return dateTimeFormat(locale === "id" ? "id-ID" : "en-GB", options).format(date);
}

/** Volumes, compliance and IKM per day, week or month of the period, as charts and as a table. */
export function Trend({ view, locale, t }: SectionProps) {
  const { granularity } = view.selection;
  const categories = view.trend.map((point) => trendLabel(point.start, granularity, locale));
  const title = t("dashboard.trend.table");
  return (
    <Section id="tren" title={t("dashboard.trend.title")} lead={t(`dashboard.trend.lead.${granularity}`)}>
      <div className="grid gap-4">
        <div>
          <BarChart
            id="chart-volumes"
            title={t("dashboard.trend.volumes")}
            categories={categories}
            locale={locale}
            series={[
              { label: t("dashboard.metric.received"), color: "#0b5cad", values: view.trend.map((point) => asNumber(point.received)) },
              { label: t("dashboard.metric.completed"), color: "#15803d", pattern: "stripes", values: view.trend.map((point) => asNumber(point.completed)) },
            ]}
          />
        </div>
        <LineChart
          id="chart-compliance"
          title={t("dashboard.trend.compliance")}
          categories={categories}
          locale={locale}
          min={0}
          max={100}
          unit="%"
          series={[{ label: t("dashboard.metric.slaCompliance"), color: "#0b5cad", values: view.trend.map((point) => point.slaCompliancePct) }]}
        />
        <LineChart
          id="chart-ikm"
          title={t("dashboard.trend.ikm")}
          categories={categories}
          locale={locale}
          min={25}
          max={100}
          ticks={3}
          series={[{ label: t("dashboard.metric.ikm"), color: "#7c3aed", values: view.trend.map((point) => point.ikmScore) }]}
        />
      </div>
      <p className="mt-4 text-sm text-slate-700">{t("dashboard.trend.tableNote")}</p>
      <div className="mt-2">
        <DataTable
          testId="table-tren"
          caption={title}
          columns={[
            { label: t("dashboard.column.start") },
            { label: t("dashboard.column.end") },
            { label: t("dashboard.column.received"), numeric: true },
            { label: t("dashboard.column.completed"), numeric: true },
            { label: t("dashboard.column.rejected"), numeric: true },
            { label: t("dashboard.column.compliance"), numeric: true },
            { label: t("dashboard.metric.complaintsReceived"), numeric: true },
            { label: t("dashboard.column.respondents"), numeric: true },
            { label: t("dashboard.column.ikm"), numeric: true },
          ]}
          rows={view.trend.map((point) => ({
            key: point.start,
            header: formatLocalDate(point.start, locale),
            cells: [
              formatLocalDate(point.end, locale),
              <Count key="r" value={point.received} locale={locale} />,
              <Count key="c" value={point.completed} locale={locale} />,
              <Count key="x" value={point.rejected} locale={locale} />,
              <Derived key="s" value={point.slaCompliancePct} digits={1} locale={locale} t={t} />,
              <Count key="k" value={point.complaintsReceived} locale={locale} />,
              <Count key="n" value={point.respondents} locale={locale} />,
              <Derived key="i" value={point.ikmScore} digits={2} locale={locale} t={t} />,
            ],
          }))}
        />
      </div>
      <Downloads view={view} locale={locale} t={t} dataset="tren" title={title} />
    </Section>
  );
}
