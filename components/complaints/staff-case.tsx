import { Link } from "@/components/ui/link";
import { factList, linkStyle } from "@/components/ui/styles";
import {
  claimComplaintAction,
  complaintNoteAction,
  rejectComplaintAction,
  releaseComplaintAction,
  respondComplaintAction,
  routeComplaintAction,
  type CaseChannel,
} from "@/lib/complaints/back-office-actions";
import type { StaffComplaintView } from "@/lib/complaints/case-view";
import { REJECTION_CODES } from "@/lib/complaints/categories";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { messagesFor, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { ComplaintAttachments, ComplaintFactsSection, ComplaintRejectionNotice, ComplaintTextSection, ComplaintTimelineSection } from "./complaint-sections";
import { ComplaintSla } from "./complaint-sla";
import { ComplaintStatusTag } from "./complaint-status-tag";
import { ButtonForm, RejectComplaintForm, RespondForm, RouteForm, StaffNoteForm } from "./staff-forms";
import { UserText } from "@/components/ui/user-text";
import { isAwaitingFiler, isComplaintRejected } from "@/lib/complaints/workflow";

/** A complaint's back-office page, for the complaints queue and the integrity unit alike. */
export function StaffComplaintCase({ view, channel, locale, t }: { view: StaffComplaintView; channel: CaseChannel; locale: Locale; t: Translator }) {
  const messages = messagesFor(locale, ["complaint.", "complaintsBo.", "form."]);
  const common = { messages, version: view.version };
  const whistleblowing = channel === "integrity";
  const showActions = view.verifierEvents.length > 0 || view.handlerEvents.length > 0;
  return (
    <div className="max-w-4xl">
      <p className="mt-8 text-sm">
        <Link href={whistleblowing ? "/petugas/integritas" : "/petugas/pengaduan"} className={linkStyle}>
          {t(whistleblowing ? "integrity.back" : "complaintsBo.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("complaintsBo.caseTitle", { code: view.trackingCode })}</h1>
      <p className="mt-1 text-xl">
        <UserText>{view.title}</UserText>
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ComplaintStatusTag status={view.status} t={t} />
        <span>{view.assignedOfficer ? t("complaintsBo.assignedTo", { name: view.assignedOfficer.name }) : t("complaintsBo.unassigned")}</span>
        {view.supportCount ? <span>{t("complaints.supportCount", { count: view.supportCount })}</span> : null}
      </div>
      {view.sla ? (
        <div className="mt-4 max-w-2xl">
          <ComplaintSla sla={view.sla} locale={locale} t={t} />
        </div>
      ) : null}

      {showActions ? (
        <section aria-labelledby="actions-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="actions-title" className="mb-4 text-2xl font-semibold">
            {t("complaintsBo.actions")}
          </h2>
          {view.verifierEvents.includes("verify") || view.verifierEvents.includes("route") ? (
            <RouteForm
              {...common}
              action={routeComplaintAction.bind(null, channel, view.id)}
              whistleblowing={whistleblowing}
              agencies={view.agencies.map((agency) => ({ value: agency.code, label: pick(locale, agency, "name") }))}
              defaultAgency={view.agency?.code}
            />
          ) : null}
          {view.verifierEvents.includes("reject") ? (
            <details className="mb-6">
              <summary className="cursor-pointer font-semibold">{t("complaintsBo.reject")}</summary>
              <div className="mt-4">
                <RejectComplaintForm
                  {...common}
                  action={rejectComplaintAction.bind(null, channel, view.id)}
                  reasons={REJECTION_CODES.map((code) => ({ value: code, label: t(`complaint.rejection.${code}`) }))}
                />
              </div>
            </details>
          ) : null}
          {view.handlerEvents.includes("claim") ? (
            <ButtonForm {...common} formId="claim" primary action={claimComplaintAction.bind(null, channel, view.id)} label={t("complaintsBo.claim")} />
          ) : null}
          {view.handlerEvents.includes("respond") ? <RespondForm {...common} action={respondComplaintAction.bind(null, channel, view.id)} /> : null}
          {view.handlerEvents.includes("release") ? (
            <ButtonForm {...common} formId="release" action={releaseComplaintAction.bind(null, channel, view.id)} label={t("complaintsBo.release")} />
          ) : null}
        </section>
      ) : null}

      {isComplaintRejected(view.status) ? <ComplaintRejectionNotice complaint={view} t={t} spacing="mt-6" /> : null}
      {view.respondedAt && view.response ? (
        <ComplaintTextSection id="response-title" heading={t("complaint.view.response")} text={view.response}>
          {isAwaitingFiler(view.status) && view.disputeDeadline ? (
            <p className="mt-2 text-sm">{t("complaintsBo.disputeUntil", { date: formatMoment(view.disputeDeadline, locale, view.timeZone) })}</p>
          ) : null}
          {view.rating ? <p className="mt-2">{t("complaintsBo.rating", { label: t(`complaint.rate.value.${view.rating as 1 | 2 | 3 | 4}`) })}</p> : null}
          {view.ratingComment ? (
            <p className="mt-1 whitespace-pre-line text-slate-700">
              <UserText>{view.ratingComment}</UserText>
            </p>
          ) : null}
        </ComplaintTextSection>
      ) : null}

      <section aria-labelledby="filer-title" className="mt-8">
        <h2 id="filer-title" className="mb-2 text-2xl font-semibold">
          {t("complaintsBo.filer")}
        </h2>
        <div data-testid="complaint-filer">
          {view.identityMode === "ANONYMOUS" ? (
            <p>{t("complaintsBo.filerAnonymous")}</p>
          ) : view.filer ? (
            <dl className={factList}>
              <dt className="text-slate-600">{t("auth.name")}</dt>
              <dd>{view.filer.name ?? "—"}</dd>
              <dt className="text-slate-600">{t("complaintsBo.contact")}</dt>
              <dd>{view.filer.contact ?? "—"}</dd>
            </dl>
          ) : (
            <p>{t("complaintsBo.filerHidden")}</p>
          )}
          <p className="mt-1 text-sm text-slate-600">
            {t("complaint.view.identity")}: {t(`complaint.identity.${view.identityMode}`)}
            {view.viaOpen311 ? ` · ${t("complaintsBo.viaOpen311")}` : null}
          </p>
        </div>
      </section>

      <ComplaintFactsSection
        heading={t("complaintsBo.caseTitle", { code: view.trackingCode })}
        complaint={view}
        locale={locale}
        t={t}
        timeZone={view.timeZone}
        extra={view.application?.trackingNumber ? [{ label: t("complaint.view.application"), value: view.application.trackingNumber }] : []}
      />
      <ComplaintTextSection id="body-title" heading={t("complaint.view.body")} text={view.body} />
      <ComplaintAttachments documents={view.documents} locale={locale} t={t} inline />
      <ComplaintTimelineSection events={view.events} locale={locale} t={t} timeZone={view.timeZone}>
        {view.access.handle || view.access.verify || view.access.supervise ? (
          <StaffNoteForm action={complaintNoteAction.bind(null, channel, view.id)} messages={messages} />
        ) : null}
      </ComplaintTimelineSection>
    </div>
  );
}
