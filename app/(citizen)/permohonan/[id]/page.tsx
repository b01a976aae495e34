import { Link } from "@/components/ui/link";
import { CorrectionNotice } from "@/components/applications/correction-notice";
import { LiveRefresh } from "@/components/applications/live-refresh";
import { RejectionNotice } from "@/components/applications/rejection-notice";
import { RequirementDocuments } from "@/components/applications/requirement-documents";
import { SlaSummary } from "@/components/applications/sla-summary";
import { StatusTag } from "@/components/applications/status-tag";
import { SubmittedAnswers } from "@/components/applications/submitted-answers";
import { Timeline } from "@/components/applications/timeline";
import { TrackingQr } from "@/components/applications/tracking-qr";
import { ApplicationVisits } from "@/components/visits/application-visits";
import { applicationVisits, isVisitOffered } from "@/lib/visits/queries";
import { isBookingActive } from "@/lib/visits/workflow";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { OutputDownload } from "@/components/outputs/output-download";
import { ApplicationBills } from "@/components/payments/application-bills";
import { SurveyPrompt } from "@/components/surveys/survey-prompt";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { withdrawApplicationAction } from "@/lib/applications/actions";
import { reapplyApplicationAction } from "@/lib/applications/citizen-actions";
import { APPLICATION_STATUSES, availableEvents, isAwaitingCorrection, isDraft, isOpen, isSubmitted } from "@/lib/applications/workflow";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { citizenApplicationOrExit } from "./citizen-case";

export const generateMetadata = pageTitle("application.viewApplication");
export const dynamic = "force-dynamic";

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { actor, application } = await citizenApplicationOrExit(id, `/permohonan/${id}`);
  const citizenEvents = availableEvents(application.status, "citizen");
  const [visits, visitOffered] = await Promise.all([applicationVisits(application.id), isVisitOffered(application.service.slug)]);
  const bookVisitHref =
    visitOffered && isOpen(application.status) && !visits.some((visit) => isBookingActive(visit.status))
      ? `/kunjungan?layanan=${application.service.slug}&permohonan=${application.id}`
      : null;
  const statusLabels = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, t(`application.status.${status}`)]));
  return (
    <div className="max-w-3xl">
      <p className="mt-8 text-sm text-slate-600">
        <Link href="/permohonan" className={linkStyle}>
          {t("application.myApplications")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{pick(locale, application.service, "name")}</h1>
      <p className="mt-1 text-slate-700">{pick(locale, application.agency, "name")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <StatusTag status={application.status} t={t} />
        {application.trackingNumber ? (
          <span>
            {t("application.trackingNumber")}: <strong className="font-mono">{application.trackingNumber}</strong>
            {" · "}
            {t("application.trackingSecret")}: <strong className="font-mono">{application.trackingSecret}</strong>
          </span>
        ) : null}
      </div>
      {application.sla ? (
        <div className="mt-4">
          <SlaSummary sla={application.sla} locale={locale} t={t} />
        </div>
      ) : null}

      <ApplicationBills applicationId={application.id} actor={actor} locale={locale} t={t} />

      {isDraft(application.status) ? (
        <p className="mt-6">
          <Link href={`/permohonan/${id}/isi`} className={buttonPrimary}>
            {t("application.continueDraft")}
          </Link>
        </p>
      ) : null}
      {isAwaitingCorrection(application.status) && application.correction ? (
        <div className="mt-6">
          <CorrectionNotice correction={application.correction} definition={application.formDefinition} locale={locale} t={t}>
            <p className="mt-4">
              <Link href={`/permohonan/${id}/isi`} className={buttonPrimary}>
                {t("application.correctNow")}
              </Link>
            </p>
          </CorrectionNotice>
        </div>
      ) : null}

      {application.trackingNumber ? <TrackingQr trackingNumber={application.trackingNumber} t={t} /> : null}
      <ApplicationVisits visits={visits} bookHref={bookVisitHref} ownerView locale={locale} t={t} />

      {application.rejection && application.trackingNumber ? (
        <RejectionNotice
          rejection={application.rejection}
          trackingNumber={application.trackingNumber}
          applyAgain={application.mayApplyAgain ? reapplyApplicationAction.bind(null, id) : null}
          messages={messagesFor(locale, ["form.", "application.applyAgainNotAllowed", "application.notAllowedNow"])}
          locale={locale}
          timeZone={application.agency.timezone}
          t={t}
        />
      ) : null}

      <OutputDownload applicationId={application.id} />
      <SurveyPrompt applicationId={application.id} />

      <section aria-labelledby="timeline-title" className="mt-8">
        <h2 id="timeline-title" className="mb-4 text-2xl font-semibold">
          {t("application.timeline")}
        </h2>
        {isSubmitted(application.status) ? (
          <LiveRefresh
            streamUrl={`/api/permohonan/${id}/stream`}
            currentStatus={application.status}
            statusLabels={statusLabels}
            announceTemplate={t("application.liveUpdated", { status: "{status}" })}
          >
            <p className="mb-4 text-sm">
              <a href={`/permohonan/${id}`} className={linkStyle}>
                {t("application.refresh")}
              </a>
            </p>
          </LiveRefresh>
        ) : null}
        <Timeline events={application.events} locale={locale} t={t} timeZone={application.agency.timezone} />
      </section>

      {isSubmitted(application.status) ? (
        <>
          <SubmittedAnswers definition={application.formDefinition} answers={application.answers} locale={locale} t={t} />
          <RequirementDocuments definition={application.formDefinition} answers={application.answers} documents={application.documents} locale={locale} t={t} />
        </>
      ) : null}

      {citizenEvents.includes("withdraw") ? (
        <WithdrawForm action={withdrawApplicationAction.bind(null, id)} messages={messagesFor(locale, ["form.", "application."])} />
      ) : null}
    </div>
  );
}
