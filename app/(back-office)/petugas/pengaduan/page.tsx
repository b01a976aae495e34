import { Link } from "@/components/ui/link";
import { ComplaintQueueTable } from "@/components/complaints/complaint-queue-table";
import { AgencyFilter } from "@/components/back-office/agency-filter";
import { FilterSelect } from "@/components/back-office/filter-select";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import {
  agencyComplaintQueue,
  complaintQueueAgencies,
  complaintQueueCounts,
  complaintQueueFilterSchema,
  defaultComplaintTab,
  verificationQueue,
} from "@/lib/complaints/queue";
import { COMPLAINT_ROUTED_STATUSES } from "@/lib/complaints/workflow";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { filterValues, type SearchParams } from "@/lib/platform/search-params";

export const generateMetadata = pageTitle("complaintsBo.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** The complaints queue: what waits for verification, and what was routed to the staff member's agencies. */
export default async function ComplaintQueuePage({ searchParams }: Props) {
  const [{ locale, t }, actor, raw] = await Promise.all([getTranslator(), requireStaff("/petugas/pengaduan"), searchParams]);
  const filters = complaintQueueFilterSchema.parse(filterValues(raw));
  const agencies = await complaintQueueAgencies(actor);
  const agency = agencies.find((candidate) => candidate.code === filters.instansi) ?? agencies[0];
  const counts = await complaintQueueCounts(actor, agency?.id ?? null);
  const tab = filters.tampil ?? defaultComplaintTab(counts, agencies.length > 0);
  const page = tab === "verifikasi" || !agency ? await verificationQueue(actor, filters) : await agencyComplaintQueue(actor, agency.id, filters);
  const link = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { tampil: tab, instansi: agency?.code, status: filters.status, sla: filters.sla, hal: String(filters.hal), ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    return `/petugas/pengaduan?${params}`;
  };
  const tabClass = (active: boolean) => `rounded-t-md border border-b-0 px-4 py-2 ${active ? "bg-white font-semibold" : "bg-slate-100"}`;
  return (
    <div>
      <PageHeading title={t("complaintsBo.title")} lead={t("complaintsBo.lead")} />
      {can(actor, "admin.manage") ? (
        <p className="mb-4">
          <Link href="/petugas/pengaduan/open311" className={linkStyle}>
            {t("open311.admin.title")}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t("complaintsBo.title")} className="flex flex-wrap gap-1 border-b border-slate-300">
        <Link
          href={link({ tampil: "verifikasi", status: undefined, hal: "1" })}
          aria-current={tab === "verifikasi" ? "page" : undefined}
          className={tabClass(tab === "verifikasi")}
        >
          {t("complaintsBo.tabVerify")} <TabCount count={counts.verify} />
        </Link>
        {agencies.length ? (
          <Link
            href={link({ tampil: "instansi", status: undefined, hal: "1" })}
            aria-current={tab === "instansi" ? "page" : undefined}
            className={tabClass(tab === "instansi")}
          >
            {t("complaintsBo.tabAgency")} <TabCount count={counts.agency} />
          </Link>
        ) : null}
      </nav>
      {/* Wrapping, not fixed columns: a select is as wide as its longest option (agency names are long) and wraps to its own line when needed. */}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-b-lg border border-t-0 border-slate-300 bg-white p-4">
        <input type="hidden" name="tampil" value={tab} />
        <AgencyFilter label={t("complaintsBo.agency")} agencies={agencies} current={agency} locale={locale} choosable={tab === "instansi"} />
        {tab === "instansi" ? (
          <FilterSelect
            name="status"
            label={t("complaintsBo.status")}
            value={filters.status}
            anyLabel={t("complaintsBo.openStatuses")}
            options={COMPLAINT_ROUTED_STATUSES.map((status) => ({ value: status, label: t(`complaint.status.${status}`) }))}
          />
        ) : null}
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="sla" value="terlambat" defaultChecked={filters.sla === "terlambat"} className="h-5 w-5" />
          {t("complaintsBo.onlyOverdue")}
        </label>
        <div>
          <button type="submit" className={buttonSecondary}>
            {t("complaintsBo.apply")}
          </button>
        </div>
      </form>
      <ComplaintQueueTable
        page={page}
        current={filters.hal}
        caseHref={(id) => `/petugas/pengaduan/${id}`}
        pageHref={(hal) => link({ hal: String(hal) })}
        locale={locale}
        t={t}
      />
    </div>
  );
}

/** How many complaints wait on a tab (the link reads "Perlu verifikasi 3"). */
function TabCount({ count }: { count: number }) {
  return (
    <span className="ml-1 inline-block min-w-6 rounded-full bg-slate-700 px-2 text-center text-sm font-semibold text-white" data-testid="tab-count">
      {count}
    </span>
  );
}
