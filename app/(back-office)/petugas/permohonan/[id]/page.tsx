import { Link } from "@/components/ui/link";
import { ApplicationBills } from "@/components/payments/application-bills";
import { FileList } from "@/components/documents/file-list";
import { headers } from "next/headers";
import { cache } from "react";
import { notFound } from "next/navigation";
import { AnswersSummary } from "@/components/applications/answers-summary";
import { SlaSummary } from "@/components/applications/sla-summary";
import { StatusTag } from "@/components/applications/status-tag";
import { Timeline } from "@/components/applications/timeline";
import { ApplicationVisits } from "@/components/visits/application-visits";
import { applicationVisits } from "@/lib/visits/queries";
import { CaseActions, SupervisorActions } from "@/components/back-office/case-actions";
import { ChecklistForm, NoteForm, RevealNik } from "@/components/back-office/case-action-forms";
import { CorrectionChanges } from "@/components/back-office/correction-changes";
import { factList, linkStyle } from "@/components/ui/styles";
import { addNoteAction, revealNikAction, saveChecklistAction } from "@/lib/applications/back-office-actions";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { isOpen } from "@/lib/applications/workflow";
import { requireStaff } from "@/lib/auth/page-guards";
import { AppError } from "@/lib/platform/errors";
import { pick } from "@/lib/platform/i18n/format";
import { clientIp } from "@/lib/platform/request-context";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import { CaseWalletSources } from "@/components/wallet/case-wallet-sources";
import { walletSourcesForCase } from "@/lib/outputs/wallet-sources";

export const dynamic = "force-dynamic";

/** Read once per request: the page and its title both ask, and each read is a recorded view of personal data. */
const caseOrExit = cache(async (id: string) => {
  const actor = await requireStaff(`/petugas/permohonan/${id}`);
  try {
    return await getAgencyCaseView(actor, id, { ip: clientIp(await headers()) });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
  const view = await caseOrExit(id);
  return { title: t("backOffice.caseTitle", { trackingNumber: view.trackingNumber ?? "" }) };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const view = await caseOrExit(id);
  const messages = messagesFor(locale, ["form.", "backOffice.", "application.", "output."]);
  const [visits, walletSources] = await Promise.all([
    applicationVisits(view.id),
    walletSourcesForCase(await requireStaff(`/petugas/permohonan/${id}`), view.id),
  ]);
  return (
    <div className="max-w-4xl">
      <p className="mt-8 text-sm">
        <Link href={`/petugas/permohonan?instansi=${view.agency.code}`} className={linkStyle}>
          {t("backOffice.backToQueue")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("backOffice.caseTitle", { trackingNumber: view.trackingNumber ?? "" })}</h1>
      <p className="mt-1 text-slate-700">
        {pick(locale, view.service, "name")} · {pick(locale, view.agencyName, "name")}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <StatusTag status={view.status} t={t} />
        <span>{view.assignedOfficer ? t("backOffice.assignedTo", { name: view.assignedOfficer.name }) : t("backOffice.unassigned")}</span>
      </div>
      {view.sla ? (
        <div className="mt-4 max-w-2xl">
          <SlaSummary sla={view.sla} locale={locale} t={t} reader="staff" />
        </div>
      ) : null}
      <ApplicationBills applicationId={view.id} locale={locale} t={t} />

      <section aria-labelledby="applicant-title" className="mt-8">
        <h2 id="applicant-title" className="mb-2 text-2xl font-semibold">
          {t("backOffice.applicant")}
        </h2>
        <dl className={factList}>
          <dt className="text-slate-600">{t("auth.name")}</dt>
          <dd>{view.applicant.name}</dd>
          <dt className="text-slate-600">{t("backOffice.nik")}</dt>
          <dd>
            {view.applicant.nikMasked ? <RevealNik action={revealNikAction.bind(null, view.id)} masked={view.applicant.nikMasked} messages={messages} /> : "—"}
          </dd>
        </dl>
        <p className="mt-1 text-sm text-slate-600">{t("backOffice.revealNikNote")}</p>
      </section>

      {view.correctionChanges ? <CorrectionChanges view={view} changes={view.correctionChanges} locale={locale} t={t} /> : null}

      <section aria-labelledby="answers-title" className="mt-8">
        <h2 id="answers-title" className="mb-2 text-2xl font-semibold">
          {t("backOffice.answers")}
        </h2>
        <AnswersSummary
          definition={view.formDefinition}
          answers={view.answers}
          documents={view.documents}
          fromWallet={Object.fromEntries(
            walletSources.documents.map((document) => [document.fieldKey, t("wallet.reuse.summaryValue", { service: pick(locale, document.service, "name") })]),
          )}
          locale={locale}
          t={t}
          changeHref={() => null}
        />
      </section>

      <FileList
        headingId="documents-title"
        title={t("backOffice.documents")}
        files={view.documents}
        href={(id) => `/api/dokumen/${id}`}
        linkLabel={(name) => t("backOffice.viewDocument", { name })}
        inline
        locale={locale}
      />
      <CaseWalletSources sources={walletSources} definition={view.formDefinition} locale={locale} t={t} />

      {view.mayWork && isOpen(view.status) ? (
        <section aria-labelledby="checklist-title" className="mt-8">
          <h2 id="checklist-title" className="mb-2 text-2xl font-semibold">
            {t("backOffice.checklist")}
          </h2>
          <ChecklistForm
            action={saveChecklistAction.bind(null, view.id)}
            messages={messages}
            version={view.version}
            requirements={view.requirements.map((requirement) => requirement[locale])}
            checked={view.checkedRequirements}
          />
        </section>
      ) : null}

      {/* The decision comes after the evidence it rests on: answers, documents, checklist. */}
      <CaseActions view={view} locale={locale} t={t} messages={messages} />
      <SupervisorActions view={view} t={t} messages={messages} />

      <ApplicationVisits visits={visits} bookHref={null} ownerView={false} locale={locale} t={t} />
      <section aria-labelledby="timeline-title" className="mt-8">
        <h2 id="timeline-title" className="mb-4 text-2xl font-semibold">
          {t("backOffice.timeline")}
        </h2>
        <Timeline events={view.events} locale={locale} t={t} timeZone={view.agency.timezone} />
        {view.mayWork ? <NoteForm action={addNoteAction.bind(null, view.id)} messages={messages} version={view.version} /> : null}
      </section>
    </div>
  );
}
