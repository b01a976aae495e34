import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import { pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { staffMemberHref } from "@/lib/staff/paths";
import { staffStatus, type StaffRow } from "@/lib/staff/queries";

/** Roles and agency memberships in one line, for the list and the detail page. */
export function accessSummary(row: Pick<StaffRow, "roles" | "memberships">, locale: Locale, t: Translator) {
  const roles = row.roles.filter((role) => role !== "CITIZEN").map((role) => t(`role.${role}`));
  const agencies = row.memberships.map((m) => `${pick(locale, m.agency, "name")} (${t(`role.${m.role}`)})`);
  return { roles: roles.join(", "), agencies: agencies.join("; ") || t("staff.allAgencies") };
}

export function StaffTable({ rows, locale, t }: { rows: StaffRow[]; locale: Locale; t: Translator }) {
  if (rows.length === 0) return <p className="mt-4">{t("staff.admin.empty")}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold">{t("staff.admin.tableCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="py-2 pr-4">
              {t("staff.column.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("staff.column.roles")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("staff.column.agencies")}
            </th>
            <th scope="col" className="py-2">
              {t("staff.column.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const summary = accessSummary(row, locale, t);
            return (
              <tr key={row.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">
                  <Link href={staffMemberHref(row.id)} className={linkStyle}>
                    {row.name}
                  </Link>
                  <br />
                  <span className="text-sm text-slate-600">{row.email}</span>
                </td>
                <td className="py-2 pr-4">{summary.roles}</td>
                <td className="py-2 pr-4">{summary.agencies}</td>
                <td className="py-2">{t(`staff.status.${staffStatus(row)}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
