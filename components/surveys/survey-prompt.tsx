import { Link } from "@/components/ui/link";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { formatMoment } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { ownSurvey } from "@/lib/surveys/queries";
import { applicationSurveyPath } from "@/lib/surveys/rules";

/**
 * On the citizen's application page once it has completed: the invitation to
 * the satisfaction survey, or a thank-you and a way to change the answers
 * while that is still allowed. Renders nothing before completion or for
 * anyone but the applicant.
 */
export async function SurveyPrompt({ applicationId }: { applicationId: string }) {
  const [actor, { locale, t }] = await Promise.all([currentActor(), getTranslator()]);
  const survey = await ownSurvey(actor, { applicationId });
  if (!survey.open) return null;
  const path = applicationSurveyPath(applicationId);
  const { response } = survey;
  return (
    <section
      id="survei"
      tabIndex={-1}
      aria-labelledby="survey-prompt-title"
      className="mt-8 rounded-lg border-2 border-brand-600 bg-brand-50 p-6"
      data-testid="survey-prompt"
    >
      <h2 id="survey-prompt-title" className="text-2xl font-semibold">
        {t("survey.prompt.title")}
      </h2>
      {response ? (
        <>
          <p className="mt-2" role="status">
            {t("survey.prompt.answered", { date: formatMoment(response.submittedAt, locale, survey.timeZone) })}
          </p>
          <p className="mt-3">
            <Link href={path} className={linkStyle}>
              {response.editable ? t("survey.prompt.edit", { until: formatMoment(response.editableUntil, locale, survey.timeZone) }) : t("survey.prompt.view")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2">{t("survey.prompt.lead")}</p>
          <p className="mt-4">
            <Link href={path} className={buttonPrimary}>
              {t("survey.prompt.start")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
