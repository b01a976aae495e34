import { Link } from "@/components/ui/link";
import { ComplaintStatusTag } from "@/components/complaints/complaint-status-tag";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { listOwnComplaints } from "@/lib/complaints/queries";
import { formatMoment } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { UserText } from "@/components/ui/user-text";
import { ListTable } from "@/components/ui/list-table";

export const generateMetadata = pageTitle("complaints.mine.title");
export const dynamic = "force-dynamic";

export default async function MyComplaintsPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/pengaduan/saya")]);
  const complaints = await listOwnComplaints(actor);
  return (
    <div>
      <PageHeading title={t("complaints.mine.title")} lead={t("complaints.mine.anonymousNote")} />
      <p className="mb-6">
        <Link href="/pengaduan/baru" className={buttonPrimary}>
          {t("complaints.fileComplaint")}
        </Link>
      </p>
      {complaints.length === 0 ? (
        <p>{t("complaints.mine.empty")}</p>
      ) : (
        <ListTable columns={[t("complaints.colCode"), t("complaints.colTitle"), t("complaints.colFiled"), t("complaints.colStatus")]} testId="my-complaints">
          {complaints.map((complaint) => (
            <tr key={complaint.trackingCode} className="border-b border-slate-300">
              <td className="p-3 font-mono">
                <Link href={`/pengaduan/lacak/${complaint.trackingCode}`} className={linkStyle}>
                  {complaint.trackingCode}
                </Link>
              </td>
              <td className="p-3">
                <UserText>{complaint.title}</UserText>
              </td>
              <td className="p-3">{formatMoment(complaint.createdAt, locale, "Asia/Jakarta")}</td>
              <td className="p-3">
                <ComplaintStatusTag status={complaint.shownStatus} t={t} />
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
