import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { StatusTag } from "@/components/applications/status-tag";
import { QueuePager } from "@/components/back-office/queue-table";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { ListTable } from "@/components/ui/list-table";
import { MAX_OPEN_DRAFTS_PER_CITIZEN } from "@/lib/applications/draft-limit";
import { pageOfOwnApplications } from "@/lib/applications/queries";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { isDraft } from "@/lib/applications/workflow";

export const generateMetadata = pageTitle("application.myApplications");

/** The page number in the URL: anything else is the first page. */
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function MyApplicationsPage({ searchParams }: { searchParams: Promise<{ tersimpan?: string; "batas-draf"?: string; hal?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireUser("/permohonan"), searchParams]);
  if (!can(actor, "application.create")) redirect("/petugas");
  const page = pageSchema.parse(query.hal ?? 1);
  const { rows, hasOlder } = await pageOfOwnApplications(actor, page);
  return (
    <div>
      <PageHeading title={t("application.myApplications")} />
      {query.tersimpan ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4 font-semibold">
          {t("application.saved")}
        </p>
      ) : null}
      {query["batas-draf"] ? (
        <p role="alert" className="mb-6 max-w-2xl border-l-8 border-accent-500 bg-white p-4 font-semibold">
          {t("application.tooManyDrafts", { count: MAX_OPEN_DRAFTS_PER_CITIZEN })}
        </p>
      ) : null}
      {rows.length === 0 && page === 1 ? (
        <p>
          {t("application.myApplicationsEmpty")}{" "}
          <Link href="/layanan" className={linkStyle}>
            {t("nav.catalog")}
          </Link>
        </p>
      ) : (
        <ListTable
          columns={[t("application.colService"), t("application.colNumber"), t("application.colStatus"), t("application.colDue"), t("application.colUpdated")]}
        >
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300">
              <td className="p-3">
                <Link href={isDraft(row.status) ? `/permohonan/${row.id}/isi` : `/permohonan/${row.id}`} className={linkStyle}>
                  {pick(locale, row.service, "name")}
                </Link>
                <div className="text-sm text-slate-600">{pick(locale, row.agency, "name")}</div>
              </td>
              <td className="p-3 font-mono">{row.trackingNumber ?? t("application.noNumberYet")}</td>
              <td className="p-3">
                <StatusTag status={row.status} t={t} />
              </td>
              <td className="p-3">{row.dueAt ? formatMoment(row.dueAt, locale, row.agency.timezone) : "—"}</td>
              <td className="p-3">{formatMoment(row.updatedAt, locale, row.agency.timezone)}</td>
            </tr>
          ))}
        </ListTable>
      )}
      {page > 1 || hasOlder ? (
        <QueuePager
          label={t("application.myApplicationsPage", { page })}
          current={page}
          hasNext={hasOlder}
          pageHref={(to) => (to === 1 ? "/permohonan" : `/permohonan?hal=${to}`)}
          previous={t("application.myApplicationsNewer")}
          next={t("application.myApplicationsOlder")}
        />
      ) : null}
    </div>
  );
}
