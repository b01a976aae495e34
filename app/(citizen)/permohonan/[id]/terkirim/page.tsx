import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary, factList, linkStyle } from "@/components/ui/styles";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { citizenApplicationOrExit } from "../citizen-case";

export const generateMetadata = pageTitle("application.submittedTitle");

export default async function SubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { application } = await citizenApplicationOrExit(id, `/permohonan/${id}/terkirim`);
  if (!application.trackingNumber) redirect(`/permohonan/${id}/periksa`);
  return (
    <div className="max-w-2xl">
      <div className="mt-8 rounded-lg bg-brand-700 p-6 text-white">
        <h1 className="text-3xl font-bold">{t("application.submittedTitle")}</h1>
        <p className="mt-3 text-lg">{t("application.submittedLead")}</p>
        <dl className="mt-4 grid gap-2">
          <dt>{t("application.trackingNumber")}</dt>
          <dd className="font-mono text-2xl font-bold" data-testid="tracking-number">
            {application.trackingNumber}
          </dd>
          <dt>{t("application.trackingSecret")}</dt>
          <dd className="font-mono text-2xl font-bold" data-testid="tracking-secret">
            {application.trackingSecret}
          </dd>
        </dl>
      </div>
      <PageHeading title={pick(locale, application.service, "name")} />
      <dl className={factList}>
        {application.sla ? (
          <>
            <dt className="text-slate-600">{t("application.expectedCompletion")}</dt>
            <dd className="font-semibold" data-testid="due-date">
              {formatMoment(application.sla.dueAt, locale, application.sla.timeZone)}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("application.agency")}</dt>
        <dd>{pick(locale, application.agency, "name")}</dd>
      </dl>
      <p className="mt-4 text-sm text-slate-700">{t("application.trackingSecretHint")}</p>
      <h2 className="mt-8 text-xl font-semibold">{t("application.whatNext")}</h2>
      <p className="mt-2">{t("application.whatNextBody")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href={`/permohonan/${id}`} className={buttonPrimary}>
          {t("application.viewApplication")}
        </Link>
        <Link href="/permohonan" className={`${linkStyle} self-center`}>
          {t("application.myApplications")}
        </Link>
      </p>
    </div>
  );
}
