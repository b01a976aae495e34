import { Link } from "@/components/ui/link";
import { ArrangeButtons } from "@/components/catalog-admin/arrange-buttons";
import { newFieldInputs, sectionInputs } from "@/components/catalog-admin/builder-inputs";
import { FieldRows } from "@/components/catalog-admin/field-rows";
import { DraftIssueList } from "@/components/catalog-admin/issue-list";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { arrangeFormAction, editFormAction } from "@/lib/catalog/admin-actions";
import { catalogNotice, fieldAnchor, formBuilderHref, previewHref, serviceAdminHref } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getServiceForAdmin } from "@/lib/catalog/admin-queries";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.form.title");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Admin > service > form builder: sections and fields of the draft form, each
 * with plain buttons (edit, move up, move down, remove), so it works without
 * JavaScript and by keyboard alone.
 */
export default async function FormBuilderPage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireCatalogAdmin(formBuilderHref(id));
  const service = await orNotFound(getServiceForAdmin(actor, id));
  const { draft } = service;
  const form = draft.formDefinition;
  const messages = messagesFor(locale, ["form.", "catalogAdmin.error."]);
  const arrange = arrangeFormAction.bind(null, service.id);
  const edit = editFormAction.bind(null, service.id);
  const revision = String(draft.revision);
  return (
    <div>
      <PageHeading
        back={{ href: serviceAdminHref(service.id), label: t("catalogAdmin.form.back") }}
        title={`${t("catalogAdmin.form.title")}: ${pick(locale, service, "name")}`}
        lead={t("catalogAdmin.form.lead")}
      />
      <CatalogNoticeBanner notice={catalogNotice(query.hasil)} t={t} />
      <p className="mb-6">
        <Link href={previewHref(service.id)} className={linkStyle}>
          {t("catalogAdmin.service.preview")}
        </Link>
      </p>
      {service.formIssues.length ? (
        <section aria-labelledby="issues-heading" className="mb-8 max-w-3xl border-l-4 border-accent-500 bg-white p-4">
          <h2 id="issues-heading" className="text-lg font-semibold">
            {t("catalogAdmin.form.issues")}
          </h2>
          <DraftIssueList serviceId={service.id} issues={service.formIssues} form={form} t={t} />
        </section>
      ) : null}
      {form.sections.length === 0 ? <p className="mb-6">{t("catalogAdmin.form.noSections")}</p> : null}
      {form.sections.map((section, s) => {
        const title = section.title[locale] || section.title.id || section.key;
        return (
          <section
            key={`${section.key}-${s}`}
            id={fieldAnchor(String(s))}
            tabIndex={-1}
            aria-labelledby={`section-${s}-heading`}
            className="mb-8 max-w-3xl rounded-lg border border-slate-400 bg-slate-100 p-4"
          >
            <h2 id={`section-${s}-heading`} className="text-xl font-semibold">
              {t("catalogAdmin.form.section", { number: s + 1, title })}
            </h2>
            <p className="mb-2 text-sm text-slate-700">{t("catalogAdmin.form.sectionKey", { key: section.key })}</p>
            <ArrangeButtons
              action={arrange}
              revision={draft.revision}
              target={String(s)}
              kind="Section"
              name={title}
              first={s === 0}
              last={s === form.sections.length - 1}
              t={t}
            />
            <FieldRows
              serviceId={service.id}
              fields={section.fields}
              parent={String(s)}
              revision={draft.revision}
              issues={service.formIssues}
              arrange={arrange}
              locale={locale}
              t={t}
            />
            <SpecForm
              disclosure={t("catalogAdmin.form.addField")}
              action={edit}
              messages={messages}
              idPrefix={`add-${s}-`}
              hidden={{ op: "addField", section: String(s), revision, fieldCount: String(section.fields.length) }}
              inputs={newFieldInputs(t, { inGroup: false })}
              initialValues={{ required: "on", type: "text" }}
              submitLabel={t("catalogAdmin.form.addFieldSubmit")}
            />
            <SpecForm
              disclosure={t("catalogAdmin.form.editSection")}
              action={edit}
              messages={messages}
              idPrefix={`section-${s}-`}
              hidden={{ op: "updateSection", target: String(s), revision }}
              inputs={sectionInputs(t)}
              initialValues={{ key: section.key, "title.id": section.title.id, "title.en": section.title.en }}
              submitLabel={t("catalogAdmin.form.editSectionSubmit")}
            />
          </section>
        );
      })}
      <section aria-labelledby="add-section-heading" className="mb-8 max-w-3xl">
        <h2 id="add-section-heading" className="mb-4 text-xl font-semibold">
          {t("catalogAdmin.form.addSection")}
        </h2>
        <SpecForm
          action={edit}
          messages={messages}
          idPrefix="new-section-"
          hidden={{ op: "addSection", revision }}
          inputs={sectionInputs(t)}
          submitLabel={t("catalogAdmin.form.addSectionSubmit")}
        />
      </section>
    </div>
  );
}
