import { linkStyle } from "@/components/ui/styles";
import { zoneAbbreviation } from "@/lib/platform/i18n/format";
import type { Translator } from "@/lib/platform/i18n/messages";

export type AgencyContact = {
  address: string | null;
  phone: string | null;
  email: string | null;
  website?: string | null;
  officeOpens: string;
  officeCloses: string;
  timezone: string;
};

/** An agency's address, phone, email, website and office hours as the admins keep them: /kontak and Tanya's "where and when" answer. */
export function AgencyContactDetails({ agency, t, className = "", testId }: { agency: AgencyContact; t: Translator; className?: string; testId?: string }) {
  return (
    <dl className={`grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] ${className}`} data-testid={testId}>
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
  );
}
