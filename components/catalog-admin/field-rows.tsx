import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";
import { fieldAnchor, fieldEditHref } from "@/lib/catalog/admin-paths";
import type { DraftField, DraftIssue } from "@/lib/catalog/draft";
import { isFieldType } from "@/lib/catalog/field-input";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { ArrangeButtons } from "./arrange-buttons";

export function fieldName(field: DraftField, locale: Locale): string {
  const label = field.label as { id?: string; en?: string } | undefined;
  return label?.[locale] || label?.id || field.key;
}

/** What the builder says about a field at a glance: type, key, required, profile, condition. */
function facts(field: DraftField, t: Translator): string {
  const when = field.visibleWhen as { field?: string; equals?: unknown } | undefined;
  return [
    isFieldType(field.type) ? t(`catalogAdmin.form.type.${field.type}`) : field.type,
    field.key,
    field.required === false ? t("catalogAdmin.form.optional") : t("catalogAdmin.form.required"),
    ...(typeof field.profileBinding === "string" ? [t("catalogAdmin.form.boundTo", { binding: field.profileBinding })] : []),
    ...(when?.field ? [t("catalogAdmin.form.shownWhen", { field: when.field, value: String(when.equals) })] : []),
    ...(field.type === "group" ? [t("catalogAdmin.form.members", { count: field.fields?.length ?? 0 })] : []),
  ].join(" · ");
}

/** A list of fields (a section's, or a group's members) with edit and arrange controls per row. */
export function FieldRows(props: {
  serviceId: string;
  fields: DraftField[];
  /** "s" for a section's fields, "s.f" for a group's members. */
  parent: string;
  revision: number;
  issues: DraftIssue[];
  arrange: (formData: FormData) => Promise<void>;
  back?: string;
  locale: Locale;
  t: Translator;
}) {
  const { fields, parent, t, locale } = props;
  if (!fields.length) return <p className="my-3 text-slate-700">{t("catalogAdmin.form.noFields")}</p>;
  return (
    <ol className="my-3 space-y-3">
      {fields.map((field, index) => {
        const address = `${parent}.${index}`;
        const name = fieldName(field, locale);
        const issuePrefix = `form.sections.${parent.split(".")[0]}.fields.${parent.includes(".") ? `${parent.split(".")[1]}.fields.${index}` : index}`;
        const problems = props.issues.filter((issue) => issue.path === issuePrefix || issue.path.startsWith(`${issuePrefix}.`));
        return (
          <li
            key={`${field.key}-${index}`}
            id={fieldAnchor(address)}
            tabIndex={-1}
            className={`rounded-md border bg-white p-3 ${problems.length ? "border-accent-500 border-l-4" : "border-slate-300"}`}
          >
            <p className="font-semibold">{name}</p>
            <p className="text-sm text-slate-700">{facts(field, t)}</p>
            {problems.length ? (
              <ul className="mt-1 list-disc pl-6 text-sm font-semibold text-accent-500">
                {problems.map((issue, i) => (
                  <li key={i}>{t(issue.message)}</li>
                ))}
              </ul>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <Link
                href={fieldEditHref(props.serviceId, address)}
                className={`${buttonSecondary} !px-3 !py-1 text-sm`}
                aria-label={t("catalogAdmin.form.edit", { name })}
              >
                {t("catalogAdmin.form.edit", { name: "" }).trim()}
              </Link>
              <ArrangeButtons
                action={props.arrange}
                revision={props.revision}
                target={address}
                kind="Field"
                name={name}
                first={index === 0}
                last={index === fields.length - 1}
                back={props.back}
                t={t}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
