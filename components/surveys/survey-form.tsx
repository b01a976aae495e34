"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup, TextAreaField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { SURVEY_ELEMENTS, SURVEY_SCORES } from "@/lib/surveys/ikm";
import { SURVEY_COMMENT_MAX } from "@/lib/surveys/schemas";

/**
 * The nine SKM questions (1–4 each) and an optional comment. A plain form
 * posted to a server action: it works without JavaScript and keeps the
 * answers given when something is missing.
 */
export function SurveyForm({
  action,
  messages,
  initialValues = {},
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  initialValues?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, fieldErrors: {} });
  const {
    text,
    fieldErrors,
    summary: problems,
  } = formMessages(messages, state, {
    ...Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element, textFrom(messages)(`survey.question.${element}`)])),
    comment: textFrom(messages)("survey.comment"),
  });
  // "Pertanyaan 3: Pilih salah satu jawaban.": each problem says which question it is about.
  const summary = problems.map((item) => {
    const index = SURVEY_ELEMENTS.indexOf(item.field as (typeof SURVEY_ELEMENTS)[number]);
    return index < 0 ? item : { ...item, message: `${textFrom(messages)("survey.questionNumber", { number: index + 1 })}: ${item.message}` };
  });
  const values = state.values;
  return (
    <form action={formAction} noValidate className="max-w-3xl" data-testid="survey-form">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <p className="mb-4 text-slate-700">{text("survey.scaleHint")}</p>
      <ol className="list-none space-y-2 p-0">
        {SURVEY_ELEMENTS.map((element, index) => (
          <li key={element} className="rounded-lg border border-slate-300 bg-white p-4">
            <RadioGroup
              name={element}
              legend={`${index + 1}. ${text(`survey.question.${element}`)}`}
              hint={text(`survey.element.${element}`)}
              errors={fieldErrors(element)}
              defaultValue={values[element]}
              options={SURVEY_SCORES.map((score) => ({ value: String(score), label: text(`survey.option.${element}.${score}`) }))}
            />
          </li>
        ))}
      </ol>
      <div className="mt-6">
        <TextAreaField
          name="comment"
          label={`${text("survey.comment")} ${text("form.optional")}`}
          hint={text("survey.commentHint")}
          maxLength={SURVEY_COMMENT_MAX}
          rows={4}
          defaultValue={values.comment}
          errors={fieldErrors("comment")}
        />
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
