import { redirect } from "next/navigation";
import { ApplicationForm } from "@/components/applications/application-form";
import { CorrectionNotice } from "@/components/applications/correction-notice";
import { PageHeading } from "@/components/layout/page-heading";
import { autosaveDraftAction, saveApplicationFormAction } from "@/lib/applications/actions";
import { flattenAnswers, prefillFromProfile, profileBoundFields } from "@/lib/catalog/form-schema";
import { agencyDateRules } from "@/lib/applications/queries";
import { isAwaitingCorrection, isEditableByCitizen } from "@/lib/applications/workflow";
import { citizenProfileValues } from "@/lib/identity/profile-values";
import { pick } from "@/lib/platform/i18n/format";
import { APPLICATION_FORM_MESSAGES } from "@/lib/applications/form-messages";
import { inLocale } from "@/lib/platform/i18n/localized";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { citizenApplicationOrExit } from "../citizen-case";

export const generateMetadata = pageTitle("application.formTitle");

export default async function ApplicationFormPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { application } = await citizenApplicationOrExit(id, `/permohonan/${id}/isi`);
  if (!isEditableByCitizen(application.status)) redirect(`/permohonan/${id}`);
  const definition = application.formDefinition;
  const correcting = isAwaitingCorrection(application.status);

  // Type it once: empty profile-bound answers come from the profile (not during a correction).
  const profile = correcting ? {} : await citizenProfileValues(application.citizenId);
  const answers = prefillFromProfile(definition, profile, application.answers);
  const prefilledKeys = profileBoundFields(definition)
    .map(({ fieldKey }) => fieldKey)
    .filter((key) => answers[key] !== undefined && application.answers[key] === undefined);

  return (
    <div>
      <PageHeading title={pick(locale, application.service, "name")} lead={t("application.formIntro")} />
      {correcting && application.correction ? <CorrectionNotice correction={application.correction} definition={definition} locale={locale} t={t} /> : null}
      <ApplicationForm
        applicationId={application.id}
        definition={inLocale(definition, locale)}
        locale={locale}
        messages={messagesFor(locale, APPLICATION_FORM_MESSAGES)}
        initialValues={flattenAnswers(definition, answers)}
        documents={application.documents}
        editable={correcting ? (application.correction?.fields ?? []) : "all"}
        prefilledKeys={prefilledKeys}
        {...await agencyDateRules(application.agency)}
        action={saveApplicationFormAction.bind(null, application.id)}
        autosave={autosaveDraftAction.bind(null, application.id)}
      />
    </div>
  );
}
