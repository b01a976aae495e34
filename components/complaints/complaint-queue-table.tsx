import { QueuePager, QueueTable } from "@/components/back-office/queue-table";
import type { ComplaintQueuePage } from "@/lib/complaints/queue";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { ComplaintStatusTag } from "./complaint-status-tag";
import { UserText } from "@/components/ui/user-text";

type Row = ComplaintQueuePage["rows"][number];

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
  const pageOf = t("complaints.pageOf", { page: current, pages: page.pages });
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-4" data-testid="queue-counts">
        <span>{t("complaintsBo.total", { count: page.total })}</span>
        <strong>{t("complaintsBo.overdueCount", { count: page.overdue })}</strong>
      </p>
      <QueueTable<Row>
        testId="complaint-queue"
        rows={page.rows}
        numberHeader={t("complaintsBo.colCode")}
        caseNumber={(row) => row.trackingCode}
        caseHref={(row) => caseHref(row.id)}
        empty={t("complaintsBo.empty")}
        columns={[
          {
            header: t("complaintsBo.colTitle"),
            cell: (row) => (
              <>
                <UserText>{row.title}</UserText>
                <span className="block text-sm text-slate-600">{t(`complaint.kind.${row.kind}`)}</span>
              </>
            ),
          },
          { header: t("complaintsBo.colStatus"), cell: (row) => <ComplaintStatusTag status={row.status} t={t} /> },
          {
            header: t("complaintsBo.colDue"),
            cell: (row) => (row.dueAt && row.sla ? formatMoment(row.dueAt, locale, row.agency?.timezone ?? "Asia/Jakarta") : "—"),
          },
          { header: t("complaintsBo.colSla"), cell: (row) => (row.sla ? <strong>{t(`sla.status.${row.sla}`)}</strong> : "—") },
          { header: t("complaintsBo.colOfficer"), cell: (row) => row.assignedOfficer?.name ?? t("complaintsBo.unassigned") },
        ]}
      />
      <QueuePager
        label={pageOf}
        current={current}
        hasNext={current < page.pages}
        pageHref={pageHref}
        previous={t("complaints.previous")}
        next={t("complaints.next")}
      />
    </>
  );
}
