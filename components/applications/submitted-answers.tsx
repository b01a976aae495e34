import type { AnswerField, Answers, GroupField } from "@/lib/catalog/form-schema";
import { visibleFields } from "@/lib/catalog/form-schema";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { displayAnswer } from "@/lib/catalog/answer-display";
import { GroupAnswer } from "./answers-summary";

type Props = { definition: FormDefinition; answers: Answers; locale: Locale; t: Translator };

/**
 * What the citizen submitted, read-only, labelled in the reader's language.
 * Documents are listed apart, under the requirement each satisfies
 * (RequirementDocuments).
 */
export function SubmittedAnswers({ definition, answers, locale, t }: Props) {
  const shown = new Set(visibleFields(definition, answers));
  const sections = definition.sections
    .map((section) => ({ section, fields: section.fields.filter((field): field is AnswerField | GroupField => field.type !== "file" && shown.has(field.key)) }))
    .filter(({ fields }) => fields.length > 0);
  return (
    <section aria-labelledby="answers-title" className="mt-8" data-testid="submitted-answers">
      <h2 id="answers-title" className="mb-2 text-2xl font-semibold">
        {t("application.submittedAnswers")}
      </h2>
      {sections.map(({ section, fields }) => (
        <div key={section.key} className="mb-6">
          <h3 className="mb-1 text-lg font-semibold">{section.title[locale]}</h3>
          <dl className="divide-y divide-slate-300 border-y border-slate-300">
            {fields.map((field) => (
              <div key={field.key} className="grid gap-1 py-2 sm:grid-cols-[1fr_2fr] sm:gap-4">
                <dt className="font-semibold">{field.label[locale]}</dt>
                <dd className="whitespace-pre-line break-words">
                  {field.type === "group" ? (
                    <GroupAnswer field={field} value={answers[field.key]} locale={locale} t={t} />
                  ) : (
                    displayAnswer(field, answers[field.key], locale, t)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
