import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { formatMoment } from "@/lib/platform/i18n/format";
import { messagesFor, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { SURVEY_ELEMENTS } from "@/lib/surveys/ikm";
import type { ownSurvey } from "@/lib/surveys/queries";
import { SurveyForm } from "./survey-form";

type Props = {
  survey: Awaited<ReturnType<typeof ownSurvey>>;
  lead: string;
  backHref: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** The SKM survey page, for an application or a complaint: answer it, change it within 7 days, then see it. */
export function SurveyPage({ survey, lead, backHref, action, locale, t }: Props) {
  const back = (
    <p className="mt-8 text-sm text-slate-600">
      <Link href={backHref} className={linkStyle}>
        {t("survey.back")}
      </Link>
    </p>
  );
  if (!survey.open) {
    return (
      <div className="max-w-3xl">
        {back}
        <h1 className="mt-2 text-3xl font-bold">{t("survey.title")}</h1>
        <p className="mt-4">{t("survey.notOpen")}</p>
      </div>
    );
  }
  const { response } = survey;
  const when = (date: Date) => formatMoment(date, locale, survey.timeZone);
  return (
    <div className="max-w-3xl">
      {back}
      <h1 className="mt-2 text-3xl font-bold">{t("survey.title")}</h1>
      <p className="mt-2 text-lg text-slate-700">{lead}</p>
      <p className="mt-2 text-slate-700">{t("survey.privacy")}</p>
      {response && !response.editable ? (
        <section aria-labelledby="answers-title" className="mt-6" data-testid="survey-answers">
          <p className="border-l-8 border-brand-600 bg-white p-3 font-semibold">{t("survey.lockedNotice", { date: when(response.submittedAt) })}</p>
          <h2 id="answers-title" className="mt-6 text-2xl font-semibold">
            {t("survey.yourAnswers")}
          </h2>
          <dl className="mt-2 divide-y divide-slate-300 border-y border-slate-300 bg-white">
            {SURVEY_ELEMENTS.map((element, index) => (
              <div key={element} className="p-3">
                <dt className="font-semibold">{t(`survey.question.${element}`)}</dt>
                <dd>{t(`survey.option.${element}.${response.scores[index] as 1 | 2 | 3 | 4}`)}</dd>
              </div>
            ))}
            <div className="p-3">
              <dt className="font-semibold">{t("survey.comment")}</dt>
              <dd className="whitespace-pre-wrap">{response.comment ?? t("survey.noComment")}</dd>
            </div>
          </dl>
        </section>
      ) : (
        <div className="mt-6">
          {response ? (
            <p className="mb-6 border-l-8 border-brand-600 bg-white p-3" role="status">
              {t("survey.editNotice", { date: when(response.submittedAt), until: when(response.editableUntil) })}
            </p>
          ) : null}
          <SurveyForm
            action={action}
            messages={messagesFor(locale, ["survey.", "form.", "validation."])}
            submitLabel={response ? t("survey.saveChanges") : t("survey.submit")}
            initialValues={
              response
                ? { ...Object.fromEntries(SURVEY_ELEMENTS.map((element, index) => [element, String(response.scores[index])])), comment: response.comment ?? "" }
                : {}
            }
          />
        </div>
      )}
    </div>
  );
}
