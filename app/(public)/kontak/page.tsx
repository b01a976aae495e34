import Link from "next/link";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { listAgencyContacts } from "@/lib/catalog/queries";
import { pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("legal.contact.title");
export const dynamic = "force-dynamic";

/** Each agency's address, phone, email, website and hours, as the admins keep them. */
export default async function ContactPage() {
  const [{ locale, t }, agencies] = await Promise.all([getTranslator(), listAgencyContacts()]);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("legal.contact.title")} lead={t("legal.contact.lead")} />
      <p className="mb-8">
        <Link href="/pengaduan/baru" className={buttonSecondary}>
          {t("legal.contact.complaint")}
        </Link>
      </p>
      {agencies.length === 0 ? <p>{t("legal.contact.empty")}</p> : null}
      <ul className="space-y-6" data-testid="agency-contacts">
        {agencies.map((agency) => (
          <li key={agency.code} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="mb-2 text-xl font-semibold">{pick(locale, agency, "name")}</h2>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {agency.address ? (
                <>
                  <dt className="text-slate-600">{t("legal.contact.address")}</dt>
                  <dd>{agency.address}</dd>
                </>
              ) : null}
              {agency.phone ? (
                <>
                  <dt className="text-slate-600">{t("legal.contact.phone")}</dt>
                  <dd>
                    <a href={`tel:${agency.phone.replace(/[^\d+]/g, "")}`} className={linkStyle}>
                      {agency.phone}
                    </a>
                  </dd>
                </>
              ) : null}
              {agency.email ? (
                <>
                  <dt className="text-slate-600">{t("legal.contact.email")}</dt>
                  <dd className="break-all">
                    <a href={`mailto:${agency.email}`} className={linkStyle}>
                      {agency.email}
                    </a>
                  </dd>
                </>
              ) : null}
              {agency.website ? (
                <>
                  <dt className="text-slate-600">{t("legal.contact.website")}</dt>
                  <dd className="break-all">
                    <a href={agency.website} className={linkStyle}>
                      {agency.website}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt className="text-slate-600">{t("legal.contact.hours")}</dt>
              <dd>{t("legal.contact.hoursValue", { opens: agency.officeOpens, closes: agency.officeCloses, zone: zoneAbbreviation(agency.timezone) })}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
