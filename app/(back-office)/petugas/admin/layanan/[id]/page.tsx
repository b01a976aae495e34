import { Link } from "@/components/ui/link";
import { serviceInputs } from "@/components/catalog-admin/inputs";
import { DraftIssueList } from "@/components/catalog-admin/issue-list";
import { CatalogNoticeBanner } from "@/components/catalog-admin/notice";
import { PublishForm } from "@/components/catalog-admin/publish-form";
import { SpecForm } from "@/components/catalog-admin/spec-form";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { ListTable } from "@/components/ui/list-table";
import { publishAction, updateServiceAction } from "@/lib/catalog/admin-actions";
import { catalogNotice, exportHref, formBuilderHref, previewHref, SERVICE_ADMIN_PATH, serviceAdminHref, standardEditHref } from "@/lib/catalog/admin-paths";
import { orNotFound, requireCatalogAdmin } from "@/lib/catalog/admin-page";
import { getServiceForAdmin, listAgenciesForAdmin } from "@/lib/catalog/admin-queries";
import { listCategories } from "@/lib/catalog/queries";
import { formatCalendarDate, pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("catalogAdmin.service.title");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admin > services > one service: its draft and what it lacks, publishing, its versions, and its details. */
export default async function ServiceAdminPage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireCatalogAdmin(serviceAdminHref(id));
  const service = await orNotFound(getServiceForAdmin(actor, id));
  const [agencies, categories] = await Promise.all([listAgenciesForAdmin(actor), listCategories()]);
  const issues = [
    ...service.standardIssues,
    ...service.formIssues,
    ...(service.publishable.ok ? [] : service.publishable.issues.filter((issue) => !issue.path.startsWith("standard.") && !issue.path.startsWith("form."))),
  ];
  const nextVersion = (service.versions[0]?.version ?? 0) + 1;
  const messages = messagesFor(locale, ["form.", "catalogAdmin.error."]);
  return (
    <div>
      <PageHeading
        back={{ href: SERVICE_ADMIN_PATH, label: t("catalogAdmin.service.back") }}
        title={pick(locale, service, "name")}
        lead={`${pick(locale, service.agency, "name")} · ${t(`catalogAdmin.service.status.${service.status}`)}`}
      />
      <CatalogNoticeBanner notice={catalogNotice(query.hasil)} t={t} />
      <p className="mb-8 flex flex-wrap gap-4">
        {service.status === "PUBLISHED" ? (
          <Link href={`/layanan/${service.slug}`} className={linkStyle}>
            {t("catalogAdmin.service.publicPage")}
          </Link>
        ) : null}
        {service.currentVersion ? (
          <a href={exportHref(service.id)} className={linkStyle} download>
            {t("catalogAdmin.service.export")}
          </a>
        ) : null}
      </p>

      <section aria-labelledby="draft-heading" className="mb-10 max-w-3xl">
        <h2 id="draft-heading" className="text-2xl font-semibold">
          {t("catalogAdmin.service.draftTitle")}
        </h2>
        <p className="mt-2">{t("catalogAdmin.service.draftLead")}</p>
        <p className="mt-2 text-sm text-slate-600">{t("catalogAdmin.service.draftRevision", { revision: service.draft.revision })}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href={standardEditHref(service.id)} className={buttonSecondary}>
            {t("catalogAdmin.service.editStandard")}
          </Link>
          <Link href={formBuilderHref(service.id)} className={buttonSecondary}>
            {t("catalogAdmin.service.editForm")}
          </Link>
          <Link href={previewHref(service.id)} className={buttonSecondary}>
            {t("catalogAdmin.service.preview")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="publish-heading" className="mb-10 max-w-3xl">
        <h2 id="publish-heading" className="text-2xl font-semibold">
          {t("catalogAdmin.service.publishTitle", { version: nextVersion })}
        </h2>
        {service.draft.publishedAs !== null ? (
          <p className="mt-2">{t("catalogAdmin.service.draftPublished", { version: service.draft.publishedAs })}</p>
        ) : issues.length ? (
          <div className="mt-2 border-l-4 border-accent-500 bg-white p-4">
            <p className="font-semibold">
              {t("catalogAdmin.service.publishBlocked")} {t("catalogAdmin.service.issueCount", { count: issues.length })}
            </p>
            <DraftIssueList serviceId={service.id} issues={issues} form={service.draft.formDefinition} t={t} />
          </div>
        ) : (
          <>
            <p className="mt-2 mb-4">
              {t("catalogAdmin.service.noIssues")} {t("catalogAdmin.service.publishLead")}
            </p>
            <PublishForm
              action={publishAction.bind(null, service.id)}
              messages={messages}
              revision={service.draft.revision}
              today={service.agencyToday}
              labels={{
                decreeNumber: t("catalogAdmin.service.field.decreeNumber"),
                decreeNumberHint: t("catalogAdmin.service.field.decreeNumberHint"),
                effectiveFrom: t("catalogAdmin.service.field.effectiveFrom"),
                submit: t("catalogAdmin.service.publishSubmit", { version: nextVersion }),
              }}
            />
          </>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="mb-10">
        <h2 id="versions-heading" className="mb-2 text-2xl font-semibold">
          {t("catalogAdmin.service.versionsTitle")}
        </h2>
        {service.versions.length ? (
          // Focusable and named, so the table scrolls from the keyboard on a narrow screen (WCAG 1.4.10, 2.1.1).
          <ListTable
            columns={[
              t("catalogAdmin.service.col.version"),
              t("catalogAdmin.service.col.decree"),
              t("catalogAdmin.service.col.effective"),
              t("catalogAdmin.service.col.applications"),
            ]}
            padding="p-2"
            labelledBy="versions-heading"
          >
            {service.versions.map((version) => (
              <tr key={version.version} className="border-b border-slate-300">
                <td className="p-2">
                  {service.status === "PUBLISHED" ? (
                    <Link href={`/layanan/${service.slug}/versi/${version.version}`} className={linkStyle}>
                      {version.version}
                    </Link>
                  ) : (
                    version.version
                  )}
                  {version.version === service.versionInForce ? ` (${t("catalogAdmin.service.version")})` : null}
                  {service.scheduledVersions.includes(version.version) ? ` (${t("catalogAdmin.service.versionScheduled")})` : null}
                </td>
                <td className="p-2">{version.decreeNumber}</td>
                <td className="p-2">{formatCalendarDate(version.effectiveFrom, locale)}</td>
                <td className="p-2">{version._count.applications}</td>
              </tr>
            ))}
          </ListTable>
        ) : (
          <p>{t("catalogAdmin.service.noVersions")}</p>
        )}
      </section>

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className="mb-4 text-2xl font-semibold">
          {t("catalogAdmin.service.detailsTitle")}
        </h2>
        <SpecForm
          action={updateServiceAction.bind(null, service.id)}
          messages={messages}
          idPrefix="details-"
          inputs={serviceInputs(t, {
            creating: false,
            agencies: agencies.map((agency) => ({ value: agency.id, label: pick(locale, agency, "name") })),
            categories: categories.map((category) => ({ value: category.id, label: pick(locale, category, "name") })),
          })}
          initialValues={{
            agencyId: service.agencyId,
            categoryId: service.categoryId,
            nameId: service.nameId,
            nameEn: service.nameEn,
            summaryId: service.summaryId,
            summaryEn: service.summaryEn,
            keywords: service.keywords,
            status: service.status,
          }}
          submitLabel={t("catalogAdmin.service.detailsSubmit")}
        />
      </section>
    </div>
  );
}
