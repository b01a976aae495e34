import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary } from "@/components/ui/styles";
import { AgencyContactDetails } from "@/components/catalog/agency-contact-details";
import { listAgencyContacts } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
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
            <AgencyContactDetails agency={agency} t={t} />
          </li>
        ))}
      </ul>
    </div>
  );
}
