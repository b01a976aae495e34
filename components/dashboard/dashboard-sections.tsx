import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { linkStyle } from "@/components/ui/styles";
import { AGE_BUCKETS, BACKLOG_STATUSES } from "@/lib/dashboard/outcomes";
import type { PublishedCount } from "@/lib/platform/suppression";
import type { Figures, UnitRow } from "@/lib/dashboard/view";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { SURVEY_ELEMENTS } from "@/lib/surveys/ikm";
import { StackedBar } from "./charts";
import { DataTable } from "./data-table";
import { Count, Derived, formatDecimal, formatLocalDate } from "./format";
import { Downloads, Section, type SectionProps as Props } from "./section";
import { Trend } from "./trend-section";

const STATUS_COLORS = { ON_TRACK: "#0b5cad", AT_RISK: "#b45309", BREACHED: "#c8102e", PAUSED: "#64748b" } as const;
/** At risk and breached are close in colour (1.17:1): their patterns tell them apart too. */
const STATUS_PATTERNS = { ON_TRACK: "solid", AT_RISK: "stripes", BREACHED: "crosshatch", PAUSED: "dots" } as const;
const asNumber = (value: PublishedCount) => (typeof value === "number" ? value : 0);

function Grade({ figures, t }: { figures: Figures; t: Translator }) {
  if (!figures.ikmGrade) return null;
  return (
    <>
      {figures.ikmGrade} ({t(`survey.grade.${figures.ikmGrade}`)})
    </>
  );
}

/** The cards' styles, set once on the list rather than on each of its fourteen cards (they travel in the HTML and again in the RSC payload). */
const METRICS_STYLE = [
  "grid gap-3 sm:grid-cols-2 lg:grid-cols-4",
  "[&>div]:rounded-lg [&>div]:border [&>div]:border-slate-300 [&>div]:bg-white [&>div]:p-4 [&_dt]:text-sm [&_dt]:font-semibold [&_dt]:text-slate-700",
  "[&_dd]:mt-1 [&_dd]:text-xs [&_dd]:text-slate-600 [&_dd[data-testid]]:text-2xl [&_dd[data-testid]]:font-bold [&_dd[data-testid]]:text-slate-900",
].join(" ");

function Metric({ testId, label, children, hint }: { testId: string; label: string; children: ReactNode; hint?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
      {hint ? <dd>{hint}</dd> : null}
    </div>
  );
}

export function Summary({ view, locale, t }: Props) {
  const figures = view.summary;
  const days = (value: number | null) =>
    value === null ? <Derived value={null} digits={1} locale={locale} t={t} /> : t("dashboard.metric.workingDays", { days: formatDecimal(value, 1, locale) });
  return (
    <Section id="ringkasan" title={t("dashboard.summary.title")}>
      <dl className={METRICS_STYLE}>
        <Metric testId="metric-received" label={t("dashboard.metric.received")}>
          <Count value={figures.received} locale={locale} />
        </Metric>
        <Metric testId="metric-completed" label={t("dashboard.metric.completed")}>
          <Count value={figures.completed} locale={locale} />
        </Metric>
        <Metric testId="metric-rejected" label={t("dashboard.metric.rejected")}>
          <Count value={figures.rejected} locale={locale} />
        </Metric>
        <Metric testId="metric-sla" label={t("dashboard.metric.slaCompliance")} hint={t("dashboard.metric.slaComplianceHint")}>
          <Derived value={figures.slaCompliancePct} digits={1} locale={locale} t={t} suffix="%" />
        </Metric>
        <Metric testId="metric-median" label={t("dashboard.metric.processingMedian")} hint={t("dashboard.metric.processingHint")}>
          {days(figures.processingMedianDays)}
        </Metric>
        <Metric testId="metric-p90" label={t("dashboard.metric.processingP90")}>
          {days(figures.processingP90Days)}
        </Metric>
        <Metric testId="metric-open" label={t("dashboard.metric.openNow")}>
          <Count value={figures.openNow} locale={locale} />
        </Metric>
        <Metric testId="metric-breached-now" label={t("dashboard.metric.breachedNow")}>
          <Count value={figures.breachedNow} locale={locale} />
        </Metric>
        <Metric testId="metric-complaints-received" label={t("dashboard.metric.complaintsReceived")}>
          <Count value={figures.complaintsReceived} locale={locale} />
        </Metric>
        <Metric testId="metric-complaints-answered" label={t("dashboard.metric.complaintsAnswered")}>
          <Count value={figures.complaintsAnswered} locale={locale} />
        </Metric>
        <Metric testId="metric-complaints-overdue" label={t("dashboard.metric.complaintsOverdue")}>
          <Count value={figures.complaintsOverdue} locale={locale} />
        </Metric>
        <Metric testId="metric-complaint-response" label={t("dashboard.metric.complaintResponse")}>
          {days(figures.complaintMedianResponseDays)}
        </Metric>
        <Metric
          testId="metric-ikm"
          label={t("dashboard.metric.ikm")}
          hint={figures.ikmSampleSufficient ? undefined : t("dashboard.ikm.smallSample", { min: view.minRespondents })}
        >
          <Derived value={figures.ikmScore} digits={2} locale={locale} t={t} />{" "}
          <span className="text-base font-semibold">
            <Grade figures={figures} t={t} />
          </span>
        </Metric>
        <Metric testId="metric-respondents" label={t("dashboard.metric.respondents")}>
          <Count value={figures.respondents} locale={locale} />
        </Metric>
      </dl>
      <Downloads view={view} locale={locale} t={t} dataset="ringkasan" title={t("dashboard.summary.title")} />
    </Section>
  );
}

const unitName = (row: UnitRow, locale: Locale) => pick(locale, row.unit, "name");

export function ApplicationsTable({ view, locale, t }: Props) {
  const title = t(view.unitKind === "agency" ? "dashboard.units.agencyTitle" : "dashboard.units.serviceTitle");
  const d = (value: number | null, digits = 1) => <Derived value={value} digits={digits} locale={locale} t={t} />;
  const c = (value: PublishedCount) => <Count value={value} locale={locale} />;
  return (
    <Section id="permohonan" title={title}>
      <DataTable
        testId="table-permohonan"
        caption={title}
        columns={[
          { label: t(view.unitKind === "agency" ? "dashboard.column.agency" : "dashboard.column.service") },
          { label: t("dashboard.column.received"), numeric: true },
          { label: t("dashboard.column.completed"), numeric: true },
          { label: t("dashboard.column.rejected"), numeric: true },
          { label: t("dashboard.column.completedOnTime"), numeric: true },
          { label: t("dashboard.column.compliance"), numeric: true },
          { label: t("dashboard.column.median"), numeric: true },
          { label: t("dashboard.column.p90"), numeric: true },
          { label: t("dashboard.column.openNow"), numeric: true },
          { label: t("dashboard.column.breachedNow"), numeric: true },
        ]}
        rows={view.units.map((row) => ({
          key: row.unit.id,
          header: unitName(row, locale),
          cells: [
            c(row.figures.received),
            c(row.figures.completed),
            c(row.figures.rejected),
            c(row.figures.completedOnTime),
            d(row.figures.slaCompliancePct),
            d(row.figures.processingMedianDays),
            d(row.figures.processingP90Days),
            c(row.figures.openNow),
            c(row.figures.breachedNow),
          ],
        }))}
      />
      <Downloads view={view} locale={locale} t={t} dataset="permohonan" title={title} />
    </Section>
  );
}

export function Backlog({ view, locale, t }: Props) {
  const title = t("dashboard.backlog.title");
  const asOf = view.refreshedAt ? formatMoment(view.refreshedAt, locale, "Asia/Jakarta") : "—";
  return (
    <Section id="tunggakan" title={title} lead={t("dashboard.backlog.lead", { date: asOf })}>
      <StackedBar
        id="chart-backlog"
        title={t("dashboard.backlog.chart")}
        parts={BACKLOG_STATUSES.map((status) => ({
          label: t(`dashboard.backlog.status.${status}`),
          color: STATUS_COLORS[status],
          pattern: STATUS_PATTERNS[status],
          value: asNumber(view.backlog.totals[status]),
        }))}
      />
      <div className="mt-4">
        <DataTable
          testId="table-tunggakan"
          caption={title}
          columns={[
            { label: t("dashboard.column.slaStatus") },
            ...AGE_BUCKETS.map((_, index) => ({ label: t(`dashboard.age.${index as 0 | 1 | 2 | 3 | 4}`), numeric: true })),
            { label: t("dashboard.column.total"), numeric: true },
          ]}
          rows={BACKLOG_STATUSES.map((status) => ({
            key: status,
            header: t(`dashboard.backlog.status.${status}`),
            cells: [
              ...view.backlog.counts[status].map((value, index) => <Count key={index} value={value} locale={locale} />),
              <Count key="total" value={view.backlog.totals[status]} locale={locale} />,
            ],
          }))}
          footer={{
            header: t("dashboard.column.total"),
            cells: [
              ...view.backlog.byAge.map((value, index) => <Count key={index} value={value} locale={locale} />),
              <Count key="total" value={view.backlog.total} locale={locale} />,
            ],
          }}
        />
      </div>
      <Downloads view={view} locale={locale} t={t} dataset="tunggakan" title={title} />
    </Section>
  );
}

export function Complaints({ view, locale, t }: Props) {
  const title = t("dashboard.complaints.title");
  const row = (key: string, header: string, figures: Figures) => ({
    key,
    header,
    cells: [
      <Count key="r" value={figures.complaintsReceived} locale={locale} />,
      <Count key="a" value={figures.complaintsAnswered} locale={locale} />,
      <Count key="o" value={figures.complaintsOverdue} locale={locale} />,
      <Derived key="m" value={figures.complaintMedianResponseDays} digits={1} locale={locale} t={t} />,
    ],
  });
  const unassigned = view.unassignedComplaints
    ? [
        row(
          "unassigned",
          t(view.unitKind === "agency" ? "dashboard.complaints.unassignedAgency" : "dashboard.complaints.unassignedService"),
          view.unassignedComplaints,
        ),
      ]
    : [];
  return (
    <Section id="pengaduan" title={title} lead={t("dashboard.complaints.lead")}>
      <DataTable
        testId="table-pengaduan"
        caption={title}
        columns={[
          { label: t(view.unitKind === "agency" ? "dashboard.column.agency" : "dashboard.column.service") },
          { label: t("dashboard.column.complaintsReceived"), numeric: true },
          { label: t("dashboard.column.complaintsAnswered"), numeric: true },
          { label: t("dashboard.column.complaintsOverdue"), numeric: true },
          { label: t("dashboard.column.responseMedian"), numeric: true },
        ]}
        rows={[...view.units.map((unit) => row(unit.unit.id, unitName(unit, locale), unit.figures)), ...unassigned]}
      />
      <Downloads view={view} locale={locale} t={t} dataset="pengaduan" title={title} />
    </Section>
  );
}

export function Satisfaction({ view, locale, t }: Props) {
  const title = t("dashboard.ikm.perUnit");
  const summary = view.summary;
  return (
    <Section id="ikm" title={t("dashboard.ikm.title")} lead={t("dashboard.ikm.lead")}>
      <DataTable
        testId="table-ikm"
        caption={title}
        columns={[
          { label: t(view.unitKind === "agency" ? "dashboard.column.agency" : "dashboard.column.service") },
          { label: t("dashboard.column.respondents"), numeric: true },
          { label: t("dashboard.column.ikm"), numeric: true },
          { label: t("dashboard.column.grade") },
        ]}
        rows={view.units.map((row) => ({
          key: row.unit.id,
          header: unitName(row, locale),
          cells: [
            <Count key="n" value={row.figures.respondents} locale={locale} />,
            <Derived key="i" value={row.figures.ikmScore} digits={2} locale={locale} t={t} />,
            <span key="g">
              <Grade figures={row.figures} t={t} />
              {row.figures.ikmScore !== null && !row.figures.ikmSampleSufficient ? (
                <span className="ml-1 text-xs text-slate-600">({t("dashboard.ikm.smallSampleShort")})</span>
              ) : null}
            </span>,
          ],
        }))}
      />
      <Downloads view={view} locale={locale} t={t} dataset="ikm" title={title} />
      <div className="mt-6">
        <DataTable
          testId="table-nrr"
          caption={t("dashboard.ikm.elements")}
          columns={[{ label: t("dashboard.column.element") }, { label: t("dashboard.column.nrr"), numeric: true }]}
          rows={SURVEY_ELEMENTS.map((element, index) => ({
            key: element,
            header: `U${index + 1} ${t(`survey.element.${element}`)}`,
            cells: [<Derived key="v" value={summary.nrr[index] ?? null} digits={2} locale={locale} t={t} />],
          }))}
        />
      </div>
    </Section>
  );
}

/** Every section both dashboards share, in reading order. */
export function DashboardSections({ view, locale, t }: Props) {
  return (
    <>
      <Summary view={view} locale={locale} t={t} />
      <ApplicationsTable view={view} locale={locale} t={t} />
      <Trend view={view} locale={locale} t={t} />
      <Backlog view={view} locale={locale} t={t} />
      <Complaints view={view} locale={locale} t={t} />
      <Satisfaction view={view} locale={locale} t={t} />
    </>
  );
}

/** Which period and scope the figures are for, and as of when. */
export function DashboardContext({ view, locale, t, refreshMinutes }: Props & { refreshMinutes: number }) {
  const { selection } = view;
  const scope = selection.service
    ? t("dashboard.scopeService", { service: pick(locale, selection.service, "name"), agency: pick(locale, selection.agency!, "name") })
    : selection.agency
      ? t("dashboard.scopeAgency", { agency: pick(locale, selection.agency, "name") })
      : t("dashboard.scopeAll");
  return (
    <div className="mb-6 rounded-lg border-l-8 border-brand-600 bg-white p-4" data-testid="dashboard-context">
      <p className="text-lg font-semibold">
        {scope} · {t("dashboard.period", { from: formatLocalDate(selection.period.from, locale), to: formatLocalDate(selection.period.to, locale) })}
      </p>
      {view.refreshedAt ? (
        <p className="mt-1 text-slate-700" data-testid="refreshed-at">
          <time dateTime={view.refreshedAt.toISOString()}>{t("dashboard.asOf", { date: formatMoment(view.refreshedAt, locale, "Asia/Jakarta") })}</time>.{" "}
          {t("dashboard.refreshEvery", { minutes: refreshMinutes })}
        </p>
      ) : (
        <p className="mt-1 text-slate-700" data-testid="refreshed-at">
          {t("dashboard.notRefreshed", { minutes: refreshMinutes })}
        </p>
      )}
      {selection.invalid.length ? (
        <p className="mt-2 font-semibold text-accent-500" role="status">
          {t("dashboard.filter.invalid")}
        </p>
      ) : null}
    </div>
  );
}

export function OpenDataNote({ t }: { t: Translator }) {
  return (
    <aside className="mt-10 rounded-lg border border-slate-300 bg-white p-4 text-sm" aria-label={t("dashboard.dictionaryLink")}>
      <p>{t("dashboard.suppressionNote")}</p>
      <p className="mt-2">{t("dashboard.openDataNote")}</p>
      <p className="mt-2">
        <Link href="/transparansi/kamus-data" className={linkStyle}>
          {t("dashboard.dictionaryLink")}
        </Link>
      </p>
    </aside>
  );
}
