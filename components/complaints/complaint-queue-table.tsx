import Link from "next/link";
import type { ComplaintQueuePage } from "@/lib/complaints/queue";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { linkStyle } from "@/components/ui/styles";
import { ComplaintStatusTag } from "./complaint-status-tag";
import { UserText } from "@/components/ui/user-text";

/** One page of a complaints queue, most urgent first, with its pagination. */
export function ComplaintQueueTable({
  page,
  current,
  caseHref,
  pageHref,
  locale,
  t,
}: {
  page: ComplaintQueuePage;
  current: number;
  caseHref: (id: string) => string;
  pageHref: (page: number) => string;
  locale: Locale;
  t: Translator;
}) {
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-4" data-testid="queue-counts">
        <span>{t("complaintsBo.total", { count: page.total })}</span>
        <strong>{t("complaintsBo.overdueCount", { count: page.overdue })}</strong>
      </p>
      {page.rows.length === 0 ? (
        <p>{t("complaintsBo.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid="complaint-queue">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-3">{t("complaintsBo.colCode")}</th>
                <th scope="col" className="p-3">{t("complaintsBo.colTitle")}</th>
                <th scope="col" className="p-3">{t("complaintsBo.colStatus")}</th>
                <th scope="col" className="p-3">{t("complaintsBo.colDue")}</th>
                <th scope="col" className="p-3">{t("complaintsBo.colSla")}</th>
                <th scope="col" className="p-3">{t("complaintsBo.colOfficer")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300">
                  <td className="p-3 font-mono">
                    <Link href={caseHref(row.id)} className={linkStyle}>
                      {row.trackingCode}
                    </Link>
                  </td>
                  <td className="p-3">
                    <UserText>{row.title}</UserText>
                    <span className="block text-sm text-slate-600">{t(`complaint.kind.${row.kind}`)}</span>
                  </td>
                  <td className="p-3">
                    <ComplaintStatusTag status={row.status} t={t} />
                  </td>
                  <td className="p-3">{row.dueAt && row.sla ? formatMoment(row.dueAt, locale, row.agency?.timezone ?? "Asia/Jakarta") : "—"}</td>
                  <td className="p-3">{row.sla ? <strong>{t(`sla.status.${row.sla}`)}</strong> : "—"}</td>
                  <td className="p-3">{row.assignedOfficer?.name ?? t("complaintsBo.unassigned")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("complaints.pageOf", { page: current, pages: page.pages })} className="mt-4 flex items-center gap-4">
        {current > 1 ? (
          <Link href={pageHref(current - 1)} className={linkStyle}>
            {t("complaints.previous")}
          </Link>
        ) : null}
        <span>{t("complaints.pageOf", { page: current, pages: page.pages })}</span>
        {current < page.pages ? (
          <Link href={pageHref(current + 1)} className={linkStyle}>
            {t("complaints.next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
