import { QueuePager } from "@/components/back-office/queue-table";
import { buttonSecondary } from "@/components/ui/styles";
import { OFFICERS_PER_PAGE } from "@/lib/dashboard/parts";
import { refreshDashboardAction } from "@/lib/dashboard/actions";
import type { DashboardView } from "@/lib/dashboard/view";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { DataTable } from "./data-table";
import { Count, Derived } from "./format";
import { UserText } from "@/components/ui/user-text";

type Props = { view: DashboardView; locale: Locale; t: Translator };

/** Recompute now instead of waiting for the next scheduled run. */
export function RefreshNowForm({ returnPath, t, refreshed }: { returnPath: string; t: Translator; refreshed: boolean }) {
  return (
    <form action={refreshDashboardAction} className="mb-6 flex flex-wrap items-center gap-4">
      <input type="hidden" name="kembali" value={returnPath} />
      <button type="submit" className={buttonSecondary}>
        {t("dashboard.refreshNow")}
      </button>
      {refreshed ? (
        <p role="status" className="font-semibold text-emerald-800">
          {t("dashboard.refreshed")}
        </p>
      ) : null}
    </form>
  );
}

/** One page of the officers' table (busiest first), with links to the others when there are more. */
export function OfficerSection({ view, locale, t, page, pages, pageHref }: Props & { page: number; pages: number; pageHref: (page: number) => string }) {
  const rows = view.officers.slice((page - 1) * OFFICERS_PER_PAGE, page * OFFICERS_PER_PAGE);
  return (
    <section aria-labelledby="officers-title" className="mt-10" data-testid="section-officers">
      <h2 id="officers-title" className="text-2xl font-semibold">
        {t("dashboard.officers.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("dashboard.officers.lead")}</p>
      <div className="mt-4">
        {view.officers.length === 0 ? (
          <p>{t("dashboard.officers.empty")}</p>
        ) : (
          <DataTable
            testId="table-officers"
            caption={t("dashboard.officers.title")}
            columns={[
              { label: t("dashboard.column.officer") },
              { label: t("dashboard.column.finished"), numeric: true },
              { label: t("dashboard.column.completed"), numeric: true },
              { label: t("dashboard.column.onTime"), numeric: true },
              { label: t("dashboard.column.rejected"), numeric: true },
              { label: t("dashboard.column.breaches"), numeric: true },
              { label: t("dashboard.column.openLoad"), numeric: true },
              { label: t("dashboard.column.breachedOpen"), numeric: true },
            ]}
            rows={rows.map((officer) => ({
              key: officer.officerId,
              header: officer.name,
              cells: [
                officer.completed + officer.rejected,
                officer.completed,
                officer.onTime,
                officer.rejected,
                officer.breaches,
                officer.open,
                officer.breachedOpen,
              ].map((value, index) => <Count key={index} value={value} locale={locale} />),
            }))}
          />
        )}
        {pages > 1 ? (
          <QueuePager
            label={t("dashboard.part.page", { page, pages })}
            current={page}
            hasNext={page < pages}
            pageHref={pageHref}
            previous={t("dashboard.part.previous")}
            next={t("dashboard.part.next")}
          />
        ) : null}
      </div>
    </section>
  );
}

export function WeakServicesSection({ view, locale, t }: Props) {
  return (
    <section aria-labelledby="weak-title" className="mt-10" data-testid="section-weak">
      <h2 id="weak-title" className="text-2xl font-semibold">
        {t("dashboard.weak.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("dashboard.weak.lead")}</p>
      <div className="mt-4">
        {view.weakServices.length === 0 ? (
          <p>{t("dashboard.weak.empty")}</p>
        ) : (
          <DataTable
            testId="table-weak"
            caption={t("dashboard.weak.title")}
            columns={[
              { label: t("dashboard.column.service") },
              { label: t("dashboard.column.agency") },
              { label: t("dashboard.column.completed"), numeric: true },
              { label: t("dashboard.column.compliance"), numeric: true },
              { label: t("dashboard.column.median"), numeric: true },
              { label: t("dashboard.column.breaches"), numeric: true },
            ]}
            rows={view.weakServices.map((entry) => ({
              key: entry.service.id,
              header: pick(locale, entry.service, "name"),
              cells: [
                pick(locale, entry.agency, "name"),
                <Count key="c" value={entry.figures.completed} locale={locale} />,
                <Derived key="s" value={entry.figures.slaCompliancePct} digits={1} locale={locale} t={t} />,
                <Derived key="m" value={entry.figures.processingMedianDays} digits={1} locale={locale} t={t} />,
                <Count key="b" value={entry.figures.breaches} locale={locale} />,
              ],
            }))}
          />
        )}
      </div>
    </section>
  );
}

export function CommentsSection({ view, locale, t, note }: Props & { note?: string }) {
  return (
    <section aria-labelledby="comments-title" className="mt-10" data-testid="section-comments">
      <h2 id="comments-title" className="text-2xl font-semibold">
        {t("dashboard.comments.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("dashboard.comments.lead")}</p>
      {note ? <p className="mt-1 max-w-3xl text-sm text-slate-700">{note}</p> : null}
      {view.comments.length === 0 ? (
        <p className="mt-4">{t("dashboard.comments.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {view.comments.map((comment) => (
            <li key={comment.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <blockquote className="whitespace-pre-wrap">
                <UserText>{comment.comment}</UserText>
              </blockquote>
              <p className="mt-2 text-sm text-slate-600">
                {comment.serviceName ? `${pick(locale, comment.serviceName, "name")} · ` : ""}
                <time dateTime={comment.submittedAt.toISOString()}>{formatMoment(comment.submittedAt, locale, "Asia/Jakarta")}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
