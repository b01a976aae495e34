"use client";
import { useActionState, useMemo, useRef, useState } from "react";
import { labelForPath, summaryFor } from "@/components/applications/field-labels";
import { GroupField, groupIndices } from "@/components/applications/group-field";
import { ScalarInput } from "@/components/applications/scalar-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldProblem, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { answersFromFormData, visibleFields } from "@/lib/catalog/form-schema";
import type { PreviewState } from "@/lib/catalog/admin-actions";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale } from "@/lib/platform/i18n/messages";

type Props = {
  definition: FormDefinition;
  locale: Locale;
  messages: Messages;
  action: (previous: PreviewState, formData: FormData) => Promise<PreviewState>;
  fileNote: string;
};

/**
 * The draft form rendered with the citizen form's own parts (ScalarInput,
 * GroupField, the same visibility rules), checked on the server by the same
 * compiled schema. Files are not uploaded in a preview.
 */
export function FormPreview({ definition, locale, messages, action, fileNote }: Props) {
  const text = textFrom(messages);
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {}, checked: false });
  const [values, setValues] = useState(state.values);
  const [indices, setIndices] = useState<Record<string, number[]>>({});
  const [shownState, setShownState] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (shownState !== state) {
    setShownState(state);
    setGeneration(generation + 1);
    setValues(state.values);
    setIndices({});
  }
  const formRef = useRef<HTMLFormElement>(null);
  const shown = useMemo(() => new Set(visibleFields(definition, answersFromFormData(definition, Object.entries(values)))), [definition, values]);
  const errorsFor = (path: string) => fieldProblem(text, state.fieldErrors[path], labelForPath(definition, path, locale) ?? undefined);
  const summary = summaryFor(definition, Object.fromEntries(Object.keys(state.fieldErrors).map((path) => [path, errorsFor(path)])), locale);
  const readForm = () => {
    if (!formRef.current) return;
    const entries = [...new FormData(formRef.current).entries()].filter(([name, value]) => typeof value === "string" && !name.startsWith("$"));
    setValues(Object.fromEntries(entries.map(([name, value]) => [name, String(value)])));
  };
  return (
    <form ref={formRef} action={formAction} noValidate onChange={readForm} className="max-w-2xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {state.checked && summary.length === 0 ? (
        <p role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold">
          {text("catalogAdmin.preview.valid")}
        </p>
      ) : null}
      <div key={generation}>
        {definition.sections.map((section) => (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="mb-8">
            <h2 id={`section-${section.key}`} className="mb-4 text-2xl font-semibold">
              {section.title[locale]}
            </h2>
            {section.fields.map((field) => {
              if (!shown.has(field.key)) return null;
              if (field.type === "file") {
                return (
                  <div key={field.key} className="mb-5">
                    <p className="font-semibold text-slate-900">{field.label[locale]}</p>
                    {field.help ? <p className="mt-1 text-sm text-slate-600">{field.help[locale]}</p> : null}
                    <p className="mt-1 text-sm text-slate-700">{fileNote}</p>
                  </div>
                );
              }
              if (field.type === "group") {
                const current = indices[field.key] ?? groupIndices(values, field.key, field.minItems);
                return (
                  <GroupField
                    key={field.key}
                    field={field}
                    locale={locale}
                    indices={current}
                    values={values}
                    errorsFor={errorsFor}
                    text={text}
                    onAdd={() => setIndices({ ...indices, [field.key]: [...current, (current.at(-1) ?? -1) + 1] })}
                    onRemove={(index) => {
                      setIndices({ ...indices, [field.key]: current.filter((candidate) => candidate !== index) });
                      setTimeout(readForm);
                    }}
                  />
                );
              }
              return (
                <ScalarInput
                  key={field.key}
                  field={field}
                  name={field.key}
                  locale={locale}
                  value={values[field.key]}
                  errors={errorsFor(field.key)}
                  choosePlaceholder={text("application.choose")}
                />
              );
            })}
          </section>
        ))}
      </div>
      <button type="submit" name="$intent" value="check" className={buttonPrimary} disabled={pending}>
        {text("catalogAdmin.preview.check")}
      </button>
    </form>
  );
}
