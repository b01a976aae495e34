import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import { fieldEditHref, formBuilderHref, standardEditHref } from "@/lib/catalog/admin-paths";
import type { DraftForm, DraftIssue } from "@/lib/catalog/draft";
import type { Translator } from "@/lib/platform/i18n/messages";

/** Where a draft problem is, in words, and the page that fixes it. */
export function issuePlace(serviceId: string, issue: DraftIssue, form: DraftForm, t: Translator): { label: string; href: string } {
  const parts = issue.path.split(".");
  if (parts[0] === "standard" && parts[1] === "feeRule") {
    return { label: t("catalogAdmin.service.place.standard", { component: t("standard.fee") }), href: `${standardEditHref(serviceId)}#feeRule-kind` };
  }
  if (parts[0] === "standard") {
    const component = t(`standard.${parts[1]}` as Parameters<Translator>[0]);
    const language = parts[2] ? ` (${parts[2]})` : "";
    return {
      label: `${t("catalogAdmin.service.place.standard", { component })}${language}`,
      href: `${standardEditHref(serviceId)}#standard-${parts[1]}-${parts[2] ?? "id"}`,
    };
  }
  if (parts[0] === "slaWorkingDays" || parts[0] === "feeAmount") {
    return { label: t(`catalogAdmin.service.place.${parts[0]}`), href: `${standardEditHref(serviceId)}#${parts[0]}` };
  }
  // form.sections.<s>.fields.<f>[.fields.<g>].<property>
  const section = Number(parts[2]);
  const field = parts[3] === "fields" && parts[4] !== undefined ? Number(parts[4]) : undefined;
  const sub = field !== undefined && parts[5] === "fields" && parts[6] !== undefined && /^\d+$/.test(parts[6]) ? Number(parts[6]) : undefined;
  const sectionRow = Number.isInteger(section) ? form.sections[section] : undefined;
  const fieldRow = field !== undefined ? sectionRow?.fields[field] : undefined;
  const subRow = sub !== undefined ? fieldRow?.fields?.[sub] : undefined;
  const names = [sectionRow?.title.id ?? sectionRow?.key, fieldRow?.key, subRow?.key].filter(Boolean).join(" › ");
  const label = names ? `${t("catalogAdmin.service.place.form")}: ${names}` : t("catalogAdmin.service.place.form");
  if (fieldRow && field !== undefined)
    return { label, href: fieldEditHref(serviceId, [section, field, ...(sub !== undefined && subRow ? [sub] : [])].join(".")) };
  return { label, href: formBuilderHref(serviceId) };
}

/** The draft's problems, each linking to where it is fixed. */
export function DraftIssueList({ serviceId, issues, form, t }: { serviceId: string; issues: DraftIssue[]; form: DraftForm; t: Translator }) {
  if (!issues.length) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {issues.map((issue, index) => {
        const place = issuePlace(serviceId, issue, form, t);
        return (
          <li key={`${issue.path}-${index}`}>
            <Link href={place.href} className={linkStyle}>
              {t("catalogAdmin.service.issueAt", { place: place.label, message: t(issue.message) })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
