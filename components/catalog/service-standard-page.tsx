import { Link } from "@/components/ui/link";
import { ApplyPanel } from "@/components/applications/apply-panel";
import { AskBox } from "@/components/assistant/ask-box";
import { StandardComponents } from "@/components/catalog/standard-view";
import { UpcomingVersionNotice } from "@/components/catalog/upcoming-version-notice";
import { VersionHistory } from "@/components/catalog/version-history";
import { linkStyle } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { requiredDocumentFields } from "@/lib/catalog/form-definition";
import type { PublishedService } from "@/lib/catalog/queries";
import { formatCalendarDate, formatRupiah, pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

const TYPE_LABELS: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

type Props = {
  service: PublishedService;
  actor: Actor;
  drafts: Parameters<typeof ApplyPanel>[0]["drafts"];
  part: "delivery" | "management";
  locale: Locale;
  t: Translator;
};

/**
 * A service and one version of its standard: the one in force at
 * /layanan/<slug>, any other at /layanan/<slug>/versi/<n> (read only:
 * applications always start on the version in force). A scheduled version is
 * announced with its date on the current page.
 */
export function ServiceStandardPage({ service, actor, drafts, part, locale, t }: Props) {
  const { version, agency } = service;
  const isCurrent = version.version === service.currentVersionNumber;
  const scheduled = service.upcoming.find((upcoming) => upcoming.version === version.version);
  // Before its first standard takes effect, a service's own page shows the scheduled one.
  const isDefault = service.currentVersionNumber === null ? version.version === service.upcoming[0]?.version : isCurrent;
  const basePath = isDefault ? `/layanan/${service.slug}` : `/layanan/${service.slug}/versi/${version.version}`;
  const documents = requiredDocumentFields(version.formDefinition);

  return (
    <article>
      <p className="mt-8 text-sm text-slate-600">
        <Link href={`/layanan?instansi=${agency.slug}`} className={linkStyle}>
          {pick(locale, agency, "name")}
        </Link>
        {" · "}
        <Link href={`/layanan?kategori=${service.category.slug}`} className={linkStyle}>
          {pick(locale, service.category, "name")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{pick(locale, service, "name")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{pick(locale, service, "summary")}</p>

      <dl className="mt-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-600">{t("service.timeLimit")}</dt>
          <dd className="text-lg font-semibold">{t("service.workingDays", { count: version.slaWorkingDays })}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("service.fee")}</dt>
          <dd className="text-lg font-semibold">{version.feeAmount === 0 ? t("service.free") : formatRupiah(version.feeAmount, locale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("service.output")}</dt>
          <dd className="text-lg font-semibold">{version.standard.output[locale]}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-slate-600">
        {t("service.decree", {
          decree: version.decreeNumber,
          date: formatCalendarDate(version.effectiveFrom, locale),
          version: version.version,
        })}
      </p>

      {isCurrent ? (
        <>
          <UpcomingVersionNotice service={service} locale={locale} t={t} />
          <ApplyPanel actor={actor} serviceSlug={service.slug} drafts={drafts} t={t} />
        </>
      ) : (
        <p role="note" className="mt-6 max-w-3xl border-l-4 border-slate-600 bg-white p-4">
          {scheduled
            ? service.currentVersionNumber === null
              ? t("service.notYetInForceNotice", { date: formatCalendarDate(scheduled.effectiveFrom, locale) })
              : t("service.scheduledVersionNotice", {
                  version: version.version,
                  date: formatCalendarDate(scheduled.effectiveFrom, locale),
                  current: service.currentVersionNumber,
                })
            : t("service.olderVersionNotice", { version: version.version, current: service.currentVersionNumber ?? "" })}{" "}
          {isDefault ? null : (
            <Link href={`/layanan/${service.slug}`} className={linkStyle}>
              {t("service.currentVersionLink")}
            </Link>
          )}
        </p>
      )}

      <nav aria-label={t("service.tabsLabel")} className="mt-8 border-b border-slate-300">
        <ul className="flex gap-2">
          {(["delivery", "management"] as const).map((tab) => (
            <li key={tab}>
              <Link
                href={tab === "delivery" ? basePath : `${basePath}?bagian=pengelolaan`}
                aria-current={part === tab ? "page" : undefined}
                className={`inline-block rounded-t-md border border-b-0 px-4 py-2 font-semibold ${
                  part === tab ? "border-slate-300 bg-white text-slate-900" : "border-transparent text-brand-700 underline"
                }`}
              >
                {tab === "delivery" ? t("service.tabDelivery") : t("service.tabManagement")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="grid grid-cols-1 gap-8 bg-white p-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h2 className="sr-only">{part === "delivery" ? t("service.tabDelivery") : t("service.tabManagement")}</h2>
          <StandardComponents standard={version.standard} part={part} locale={locale} t={t} />
        </div>
        <aside className="space-y-6">
          {isCurrent ? <AskBox t={t} service={{ slug: service.slug, name: pick(locale, service, "name") }} /> : null}
          {documents.length ? (
            <section aria-labelledby="documents-heading">
              <h2 id="documents-heading" className="text-lg font-semibold">
                {t("service.documents")}
              </h2>
              <ul className="mt-2 list-disc space-y-2 pl-6 text-sm">
                {documents.map((field) => (
                  <li key={field.key}>
                    {field.label[locale]}
                    <span className="block text-slate-600">
                      {t("service.documentTypes", {
                        types: field.accept.map((type) => TYPE_LABELS[type] ?? type).join(", "),
                        size: field.maxSizeMb,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading" className="text-lg font-semibold">
              {t("service.contact")}
            </h2>
            <address className="mt-2 text-sm not-italic">
              {pick(locale, agency, "name")}
              <br />
              {agency.address}
              <br />
              {agency.phone}
              <br />
              {agency.email}
              <br />
              {t("service.officeHours", {
                opens: agency.officeOpens,
                closes: agency.officeCloses,
                zone: zoneAbbreviation(agency.timezone),
              })}
            </address>
          </section>
          <VersionHistory
            slug={service.slug}
            versions={service.versions}
            shown={version.version}
            scheduled={service.upcoming.map((upcoming) => upcoming.version)}
            locale={locale}
            t={t}
          />
        </aside>
      </div>
    </article>
  );
}
