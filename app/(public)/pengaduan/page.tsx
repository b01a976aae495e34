import { Link } from "@/components/ui/link";
import { ComplaintStatusTag } from "@/components/complaints/complaint-status-tag";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, buttonSecondary, inputBase, linkStyle } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { listAgencyNames } from "@/lib/catalog/queries";
import { listPublicComplaints, publicListFilterSchema } from "@/lib/complaints/queries";
import { phaseWorkingDays } from "@/lib/complaints/sla";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { filterValues, type SearchParams } from "@/lib/platform/search-params";
import { UserText } from "@/components/ui/user-text";
import { ListTable } from "@/components/ui/list-table";

export const generateMetadata = pageTitle("complaints.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** /pengaduan: how to complain, the whistleblowing channel, follow-up, and the published complaints. */
export default async function ComplaintsPage({ searchParams }: Props) {
  const [{ locale, t }, actor, raw] = await Promise.all([getTranslator(), currentActor(), searchParams]);
  const filters = publicListFilterSchema.parse(filterValues(raw));
  const [list, agencies] = await Promise.all([listPublicComplaints(filters), listAgencyNames()]);
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (filters.instansi) params.set("instansi", filters.instansi);
    if (filters.status) params.set("status", filters.status);
    params.set("hal", String(page));
    return `/pengaduan?${params}#daftar`;
  };
  return (
    <div>
      <PageHeading title={t("complaints.title")} lead={t("complaints.lead")} />
      <p className="mb-4 max-w-3xl">{t("complaint.slaNote", { verify: phaseWorkingDays("verify"), followUp: phaseWorkingDays("followUp") })}</p>
      <div className="mb-8 flex flex-wrap gap-3">
        <Link href="/pengaduan/baru" className={buttonPrimary}>
          {t("complaints.fileComplaint")}
        </Link>
        <Link href="/pengaduan/lacak" className={buttonSecondary}>
          {t("complaints.followUp")}
        </Link>
        {actor.kind === "user" ? (
          <Link href="/pengaduan/saya" className={buttonSecondary}>
            {t("complaints.myComplaints")}
          </Link>
        ) : null}
        <Link href="/pengaduan/statistik" className={buttonSecondary}>
          {t("complaints.statistics")}
        </Link>
      </div>
      <section aria-labelledby="wbs-title" className="mb-10 max-w-3xl rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="wbs-title" className="text-xl font-semibold">
          {t("complaints.fileWhistleblowing")}
        </h2>
        <p className="mt-1">{t("complaints.whistleblowingNote")}</p>
        <p className="mt-2">
          <Link href="/pengaduan/pelanggaran" className={linkStyle}>
            {t("wbs.title")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="daftar">
        <h2 id="daftar" className="text-2xl font-semibold">
          {t("complaints.publicList")}
        </h2>
        <p className="mb-4 text-slate-700">{t("complaints.publicListNote")}</p>
        <form method="get" action="/pengaduan" className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
          <label className="block">
            <span className="font-semibold">{t("complaints.filterAgency")}</span>
            <select name="instansi" defaultValue={filters.instansi ?? ""} className={inputBase}>
              <option value="">{t("complaints.allAgencies")}</option>
              {agencies.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {pick(locale, agency, "name")}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="font-semibold">{t("complaints.filterStatus")}</span>
            <select name="status" defaultValue={filters.status ?? ""} className={inputBase}>
              <option value="">{t("complaints.allStatuses")}</option>
              <option value="terbuka">{t("complaints.statusOpen")}</option>
              <option value="selesai">{t("complaints.statusClosed")}</option>
            </select>
          </label>
          <div className="self-end">
            <button type="submit" className={buttonSecondary}>
              {t("complaints.applyFilters")}
            </button>
          </div>
        </form>
        {list.rows.length === 0 ? (
          <p>{t("complaints.publicListEmpty")}</p>
        ) : (
          <ListTable
            columns={[t("complaints.colTitle"), t("complaints.colAgency"), t("complaints.colFiled"), t("complaints.colStatus"), t("complaints.colSupport")]}
            testId="public-complaints"
          >
            {list.rows.map((row) => (
              <tr key={row.trackingCode} className="border-b border-slate-300">
                <td className="p-3">
                  <Link href={`/pengaduan/${row.trackingCode}`} className={linkStyle}>
                    <UserText>{row.title}</UserText>
                  </Link>
                  <span className="block font-mono text-sm text-slate-600">
                    {row.trackingCode} · {t(`complaint.kind.${row.kind}`)}
                  </span>
                </td>
                <td className="p-3">{row.agency ? pick(locale, row.agency, "name") : t("complaints.notRouted")}</td>
                <td className="p-3">{formatMoment(row.createdAt, locale, row.agency?.timezone ?? "Asia/Jakarta")}</td>
                <td className="p-3">
                  <ComplaintStatusTag status={row.status} t={t} />
                </td>
                <td className="p-3">{row.supportCount}</td>
              </tr>
            ))}
          </ListTable>
        )}
        <nav aria-label={t("complaints.pageOf", { page: filters.hal, pages: list.pages })} className="mt-4 flex items-center gap-4">
          {filters.hal > 1 ? (
            <Link href={pageLink(filters.hal - 1)} className={linkStyle}>
              {t("complaints.previous")}
            </Link>
          ) : null}
          <span>{t("complaints.pageOf", { page: filters.hal, pages: list.pages })}</span>
          {filters.hal < list.pages ? (
            <Link href={pageLink(filters.hal + 1)} className={linkStyle}>
              {t("complaints.next")}
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
