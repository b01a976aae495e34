import { SurveyPage } from "@/components/surveys/survey-page";
import { pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { submitApplicationSurveyAction } from "@/lib/surveys/actions";
import { ownSurvey } from "@/lib/surveys/queries";
import { citizenApplicationOrExit } from "../citizen-case";

export const generateMetadata = pageTitle("survey.title");
export const dynamic = "force-dynamic";

/** The satisfaction survey (SKM) of the citizen's completed application. */
export default async function ApplicationSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { actor, application } = await citizenApplicationOrExit(id, `/permohonan/${id}/survei`);
  return (
    <SurveyPage
      survey={await ownSurvey(actor, { applicationId: id })}
      lead={t("survey.lead", { service: pick(locale, application.service, "name") })}
      backHref={`/permohonan/${id}`}
      action={submitApplicationSurveyAction.bind(null, id)}
      locale={locale}
      t={t}
    />
  );
}
