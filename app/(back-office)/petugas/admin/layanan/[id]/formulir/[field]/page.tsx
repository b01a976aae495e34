import { notFound } from "next/navigation";
import { fieldEditorInputs, newFieldInputs } from "@/components/catalog-admin/builder-inputs";
import { fieldName, FieldRows } from "@/components/catalog-admin/field-rows";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { arrangeFormAction, editFormAction } from "@/lib/catalog/admin-actions";
import { catalogNotice, fieldAnchor, fieldEditHref, formBuilderHref } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { inputFromField } from "@/lib/catalog/field-input";
import { fieldAt, parseAddress } from "@/lib/catalog/form-builder";
import { messagesFor, type MessageKey } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.form.title");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; field: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The draft's known problems of one field, by the editor's input names. */
function problemsOf(issues: { path: string; message: MessageKey }[], prefix: string): Record<string, MessageKey[]> {
  const found: Record<string, MessageKey[]> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith(`${prefix}.`)) continue;
    const rest = issue.path.slice(prefix.length + 1);
    // A group's members have their own editors.
    if (/^fields\.\d/.test(rest)) continue;
    const name = rest.startsWith("options") ? "options" : rest.startsWith("accept") ? "accept" : rest;
    (found[name] ??= []).push(issue.message);
  }
  return found;
}

/** Admin > service > form builder > one field: labels, help, profile, condition, rules; a group's members. */
export default async function FieldEditorPage({ params, searchParams }: Props) {
  const [{ id, field: target }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireCatalogAdmin(fieldEditHref(id, target));
  const service = await orNotFound(getServiceForAdmin(actor, id));
  const address = parseAddress(target);
  const form = service.draft.formDefinition;
  const field = address ? fieldAt(form, address) : null;
  if (!address || !field) notFound();
  const messages = messagesFor(locale, ["form.", "catalogAdmin.error."]);
  const edit = editFormAction.bind(null, service.id);
  const prefix = `form.sections.${address.section}.fields.${address.field}${address.sub !== undefined ? `.fields.${address.sub}` : ""}`;
  const groupAddress = `${address.section}.${address.field}`;
  const name = fieldName(field, locale);
  return (
    <div>
      <PageHeading
        back={
          address.sub !== undefined
            ? { href: fieldEditHref(service.id, groupAddress), label: t("catalogAdmin.field.backToGroup") }
            : { href: formBuilderHref(service.id, undefined, fieldAnchor(target)), label: t("catalogAdmin.form.backToBuilder") }
        }
        title={t("catalogAdmin.field.title", { key: name })}
      />
      <CatalogNoticeBanner notice={catalogNotice(query.hasil)} t={t} />
      <SpecForm
        action={edit}
        messages={messages}
        hidden={{ op: "updateField", target, revision: String(service.draft.revision), type: field.type }}
        inputs={fieldEditorInputs(field, form, t)}
        initialValues={inputFromField(field)}
        initialErrors={problemsOf(service.formIssues, prefix)}
        submitLabel={t("catalogAdmin.field.submit")}
      />
      {field.type === "group" && address.sub === undefined ? (
        <section aria-labelledby="members-heading" className="mt-10 max-w-3xl rounded-lg border border-slate-400 bg-slate-100 p-4">
          <h2 id="members-heading" className="text-xl font-semibold">
            {t("catalogAdmin.field.members")}
          </h2>
          <FieldRows
            serviceId={service.id}
            fields={field.fields ?? []}
            parent={groupAddress}
            revision={service.draft.revision}
            issues={service.formIssues}
            arrange={arrangeFormAction.bind(null, service.id)}
            back={groupAddress}
            locale={locale}
            t={t}
          />
          <SpecForm
            disclosure={t("catalogAdmin.field.addMember")}
            action={edit}
            messages={messages}
            idPrefix="member-"
            hidden={{
              op: "addField",
              section: String(address.section),
              group: String(address.field),
              revision: String(service.draft.revision),
              fieldCount: String(field.fields?.length ?? 0),
            }}
            inputs={newFieldInputs(t, { inGroup: true })}
            initialValues={{ required: "on", type: "text" }}
            submitLabel={t("catalogAdmin.form.addFieldSubmit")}
          />
        </section>
      ) : null}
    </div>
  );
}
