import { forbidden } from "next/navigation";
import { ComplaintQueueTable } from "@/components/complaints/complaint-queue-table";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, inputBase } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { complaintQueueFilterSchema, integrityQueue } from "@/lib/complaints/queue";
import { COMPLAINT_STATUSES } from "@/lib/complaints/workflow";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { filterValues, type SearchParams } from "@/lib/platform/search-params";

export const generateMetadata = pageTitle("integrity.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** Whistleblowing reports: the integrity unit's queue; nobody else gets past the policy. */
export default async function IntegrityQueuePage({ searchParams }: Props) {
  const [{ locale, t }, actor, raw] = await Promise.all([getTranslator(), requireUser("/petugas/integritas"), searchParams]);
  if (!can(actor, "whistleblowing.read")) forbidden();
  const filters = complaintQueueFilterSchema.parse(filterValues(raw));
  const page = await integrityQueue(actor, filters);
  const link = (hal: number) => {
    const params = new URLSearchParams({ hal: String(hal) });
    if (filters.status) params.set("status", filters.status);
    if (filters.sla) params.set("sla", filters.sla);
    return `/petugas/integritas?${params}`;
  };
  return (
    <div>
      <PageHeading title={t("integrity.title")} lead={t("integrity.lead")} />
      <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
        <label className="block">
          <span className="font-semibold">{t("complaintsBo.status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className={inputBase}>
            <option value="">{t("complaintsBo.openStatuses")}</option>
            {COMPLAINT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`complaint.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 self-end pb-2">
          <input type="checkbox" name="sla" value="terlambat" defaultChecked={filters.sla === "terlambat"} className="h-5 w-5" />
          {t("complaintsBo.onlyOverdue")}
        </label>
        <div className="self-end">
          <button type="submit" className={buttonSecondary}>
            {t("complaintsBo.apply")}
          </button>
        </div>
      </form>
      <ComplaintQueueTable page={page} current={filters.hal} caseHref={(id) => `/petugas/integritas/${id}`} pageHref={link} locale={locale} t={t} />
    </div>
  );
}
