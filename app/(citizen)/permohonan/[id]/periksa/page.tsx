import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { AnswersSummary } from "@/components/applications/answers-summary";
import { CorrectionNotice } from "@/components/applications/correction-notice";
import { summaryFor } from "@/components/applications/field-labels";
import { SubmitForm, type ProfileUpdateOption } from "@/components/applications/submit-form";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { resubmitApplicationAction, submitApplicationAction } from "@/lib/applications/actions";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { agencyDateRules } from "@/lib/applications/queries";
import { checkReadiness } from "@/lib/applications/readiness";
import { isAwaitingCorrection, isEditableByCitizen } from "@/lib/applications/workflow";
import { offeredProfileWriteBacks } from "@/lib/applications/profile-write-back";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { citizenApplicationOrExit } from "../citizen-case";

export const generateMetadata = pageTitle("application.checkTitle");

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { application } = await citizenApplicationOrExit(id, `/permohonan/${id}/periksa`);
  if (!isEditableByCitizen(application.status)) redirect(`/permohonan/${id}`);
  const definition = application.formDefinition;
  const correcting = isAwaitingCorrection(application.status);
  const editable = correcting ? (application.correction?.fields ?? []) : null;
  const dates = await agencyDateRules(application.agency);
  const readiness = checkReadiness(
    definition,
    application.answers,
    [...application.documents.flatMap((document) => (document.fieldKey ? [document.fieldKey] : [])), ...application.walletReferences.map((r) => r.fieldKey)],
    dates.today,
    dates.nonWorkingDates,
  );
  const issues = summaryFor(definition, Object.fromEntries(readiness.issues.map((issue) => [issue.path, [t(issue.messageKey)]])), locale);

  // A correction changes the application only, never the profile.
  const labels = new Map(topLevelFields(definition).map((field) => [field.key, field.label[locale]]));
  const profileUpdates: ProfileUpdateOption[] = correcting
    ? []
    : (await offeredProfileWriteBacks(application.citizenId, definition, application.answers)).map(({ fieldKey, ...update }) => ({
        ...update,
        label: labels.get(fieldKey) ?? fieldKey,
      }));

  return (
    <div>
      <PageHeading title={t("application.checkTitle")} lead={`${pick(locale, application.service, "name")}. ${t("application.checkIntro")}`} />
      {correcting && application.correction ? <CorrectionNotice correction={application.correction} definition={definition} locale={locale} t={t} /> : null}
      {issues.length ? (
        <div role="alert" aria-labelledby="readiness-title" className="mb-8 max-w-2xl border-4 border-accent-500 bg-white p-4">
          <h2 id="readiness-title" className="text-xl font-bold">
            {t("application.notReady")}
          </h2>
          <ul className="mt-2 space-y-1">
            {issues.map((issue, index) => (
              <li key={index}>
                <Link href={`/permohonan/${id}/isi#${issue.field ?? ""}`} className="font-semibold text-accent-500 underline">
                  {issue.message}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="mb-8 max-w-2xl border-l-8 border-brand-600 bg-white p-4">
          <h2 className="text-xl font-bold">{t("application.readyTitle")}</h2>
          <p>{t("application.readyBody")}</p>
        </div>
      )}
      <div className="max-w-3xl">
        <AnswersSummary
          definition={definition}
          answers={application.answers}
          documents={application.documents}
          fromWallet={Object.fromEntries(application.walletReferences.map((reference) => [reference.fieldKey, t("wallet.reuse.summaryChosen")]))}
          locale={locale}
          t={t}
          changeHref={(key) => (!editable || editable.includes(key) ? `/permohonan/${id}/isi#${key}` : null)}
        />
      </div>
      {readiness.ready ? (
        <SubmitForm
          action={(correcting ? resubmitApplicationAction : submitApplicationAction).bind(null, id)}
          messages={messagesFor(locale, ["form.", "application."])}
          profileUpdates={profileUpdates}
          submitLabel={correcting ? t("application.resubmit") : t("application.submit")}
        />
      ) : (
        <p>
          <Link href={`/permohonan/${id}/isi`} className={buttonSecondary}>
            {t("application.change")}
          </Link>
        </p>
      )}
      <p className="mt-6">
        <Link href="/permohonan" className={linkStyle}>
          {t("application.myApplications")}
        </Link>
      </p>
    </div>
  );
}
