import { forbidden } from "next/navigation";
import { LiveRefresh } from "@/components/applications/live-refresh";
import { StatusTag } from "@/components/applications/status-tag";
import { QueuePager, QueueTable } from "@/components/back-office/queue-table";
import { AgencyFilter } from "@/components/back-office/agency-filter";
import { FilterSelect } from "@/components/back-office/filter-select";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, buttonSecondary, inputBase, linkStyle } from "@/components/ui/styles";
import { claimNextAction } from "@/lib/applications/back-office-actions";
import { agencyQueue, cappedCount, officerLoad, queueAgencies, queueFilterSchema, type QueuePage } from "@/lib/applications/queue";
import { APPLICATION_STATUSES, APPLICATION_SUBMITTED_STATUSES } from "@/lib/applications/workflow";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { RUNNING_SLA_STATUSES } from "@/lib/sla/status";
import { filterValues, type SearchParams } from "@/lib/platform/search-params";

export const generateMetadata = pageTitle("backOffice.queueTitle");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };
type QueueRow = QueuePage["rows"][number];

export default async function QueuePage({ searchParams }: Props) {
  const [{ locale, t }, actor, raw] = await Promise.all([getTranslator(), requireStaff("/petugas/permohonan"), searchParams]);
  const filters = queueFilterSchema.parse(filterValues(raw));
  const agencies = await queueAgencies(actor);
  const agency = agencies.find((candidate) => candidate.code === filters.instansi) ?? agencies[0];
  if (!agency) forbidden();
  const queue = await agencyQueue(actor, agency, filters);
  const mayWork = can(actor, "agency.work", { agencyId: agency.id });
  const load = can(actor, "agency.supervise", { agencyId: agency.id }) ? await officerLoad(actor, agency.id) : null;
  const pageLink = (page: number) => {
    const params = new URLSearchParams({
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])),
      instansi: agency.code,
      hal: String(page),
    });
    return `/petugas/permohonan?${params}`;
  };
  const statusLabels = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, t(`application.status.${status}`)]));

  return (
    <div>
      <PageHeading title={t("backOffice.queueTitle")} lead={t("backOffice.queueLead", { agency: pick(locale, agency, "name") })} />
      <LiveRefresh
        streamUrl={`/api/petugas/antrian/${agency.id}`}
        currentStatus=""
        statusLabels={statusLabels}
        announceTemplate={t("application.liveUpdated", { status: "{status}" })}
      >
        <p className="mb-4 text-sm">
          <a href={pageLink(filters.hal)} className={linkStyle}>
            {t("application.refresh")}
          </a>
        </p>
      </LiveRefresh>
      {raw.kosong ? (
        <p role="status" className="mb-4 border-l-8 border-brand-600 bg-white p-4">
          {t("backOffice.nothingToClaim")}
        </p>
      ) : null}
      {mayWork ? (
        <form action={claimNextAction.bind(null, agency.id, agency.code)} className="mb-6">
          <button type="submit" className={buttonPrimary}>
            {t("backOffice.claimNext")}
          </button>
        </form>
      ) : null}

      {/* Wrapping, not fixed columns: each select is as wide as its longest option (agency and service names are long). */}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
        <AgencyFilter label={t("backOffice.agencySwitch")} agencies={agencies} current={agency} locale={locale} choosable />
        <FilterSelect
          name="layanan"
          label={t("backOffice.filterService")}
          value={filters.layanan}
          anyLabel={t("backOffice.allServices")}
          options={queue.services.map((service) => ({ value: service.slug, label: pick(locale, service, "name") }))}
        />
        <FilterSelect
          name="status"
          label={t("backOffice.filterStatus")}
          value={filters.status}
          anyLabel={t("backOffice.openStatuses")}
          options={APPLICATION_SUBMITTED_STATUSES.map((status) => ({ value: status, label: t(`application.status.${status}`) }))}
        />
        <FilterSelect
          name="sla"
          label={t("backOffice.filterSla")}
          value={filters.sla}
          anyLabel={t("backOffice.allSla")}
          options={RUNNING_SLA_STATUSES.map((status) => ({ value: status, label: t(`sla.status.${status}`) }))}
        />
        <label className="block max-w-full">
          <span className="font-semibold">{t("backOffice.sort")}</span>
          <select name="urut" defaultValue={filters.urut} className={inputBase}>
            <option value="batas">{t("backOffice.sortDue")}</option>
            <option value="diajukan">{t("backOffice.sortSubmitted")}</option>
          </select>
        </label>
        <div>
          <button type="submit" className={buttonSecondary}>
            {t("backOffice.applyFilters")}
          </button>
        </div>
      </form>

      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="sr-only">
          {t("backOffice.countsTitle")}
        </h2>
        <ul className="flex flex-wrap gap-3 text-sm" data-testid="status-counts">
          {APPLICATION_SUBMITTED_STATUSES.map((status) => (
            <li key={status} className="rounded border border-slate-300 bg-white px-3 py-1">
              {t(`application.status.${status}`)}: <strong>{cappedCount(queue.counts[status] ?? 0)}</strong>
            </li>
          ))}
        </ul>
      </section>

      {load ? (
        <section aria-labelledby="load-title" className="mb-6">
          <h2 id="load-title" className="mb-2 text-xl font-semibold">
            {t("backOffice.loadTitle")}
          </h2>
          <table className="bg-white text-left" data-testid="officer-load">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t("backOffice.colOfficer")}
                </th>
                <th scope="col" className="p-2">
                  {t("backOffice.loadOpen")}
                </th>
                <th scope="col" className="p-2">
                  {t("backOffice.loadOverdue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {load.map((officer) => (
                <tr key={officer.id} className="border-b border-slate-300">
                  <td className="p-2">{officer.name}</td>
                  <td className="p-2">{officer.open}</td>
                  <td className="p-2">{officer.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <QueueTable<QueueRow>
        testId="queue"
        rows={queue.rows}
        numberHeader={t("backOffice.colNumber")}
        caseNumber={(row) => row.trackingNumber}
        caseHref={(row) => `/petugas/permohonan/${row.id}`}
        empty={t("backOffice.queueEmpty")}
        columns={[
          { header: t("backOffice.colService"), cell: (row) => pick(locale, row.service, "name") },
          { header: t("backOffice.colSubmitted"), cell: (row) => (row.submittedAt ? formatMoment(row.submittedAt, locale, agency.timezone) : "—") },
          { header: t("backOffice.colDue"), cell: (row) => (row.dueAt ? formatMoment(row.dueAt, locale, agency.timezone) : "—") },
          { header: t("backOffice.colSla"), cell: (row) => (row.sla ? <strong>{t(`sla.status.${row.sla}`)}</strong> : "—") },
          { header: t("backOffice.colStatus"), cell: (row) => <StatusTag status={row.status} t={t} /> },
          { header: t("backOffice.colOfficer"), cell: (row) => row.assignedOfficer?.name ?? t("backOffice.unassigned") },
        ]}
      />
      <QueuePager
        label={t("backOffice.pageOf", { page: filters.hal, pages: queue.totalCapped ? `${queue.pages}+` : queue.pages })}
        current={filters.hal}
        hasNext={filters.hal < queue.pages || queue.totalCapped}
        pageHref={pageLink}
        previous={t("backOffice.previous")}
        next={t("backOffice.next")}
      />
    </div>
  );
}
