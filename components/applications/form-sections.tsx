"use client";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import type { SummaryItem } from "@/components/forms/error-summary";
import { fieldProblem, type Text } from "@/components/forms/use-form-messages";
import { answersFromFormData } from "@/lib/catalog/form-data";
import { visibleFields, type FileField } from "@/lib/catalog/form-fields";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { labelForPath, summaryFor } from "./field-labels";
import { GroupField, groupIndices } from "./group-field";
import { ScalarInput } from "./scalar-input";

/** What of a form is an answer: not the files (uploaded separately) nor framework fields (`$intent`). */
export function answerEntries(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  for (const [name, value] of [...data.entries()]) if (typeof value !== "string" || name.startsWith("$")) data.delete(name);
  return data;
}

/** A form drawn from a service's form definition, as the citizen's form and the admin's preview keep it. */
export type DefinitionForm = {
  definition: FormDefinition;
  locale: Locale;
  text: Text;
  /** The answers as typed (input name to value): they decide which fields show and which group rows exist. */
  values: Record<string, string>;
  /** Changes after each server round trip, so the fields remount with what was posted. */
  generation: number;
  /** Reads the answers again after the citizen typed or a group row was removed. */
  readForm: (form: HTMLFormElement | null) => void;
  errorsFor: (path: string) => string[];
  /** The error summary's lines for the field problems, in form order. */
  fieldSummary: SummaryItem[];
};

/**
 * Keeps a definition form's answers as typed. A server round trip (errors, or a
 * row added without JavaScript) brings back what was posted: the fields then
 * remount, because React resets a posted form to its first defaults and a
 * select would otherwise lose the choice sent back.
 */
export function useDefinitionForm(
  setup: { definition: FormDefinition; locale: Locale; text: Text },
  state: { values: Record<string, string> },
  fieldErrors: Record<string, MessageKey[]>,
  onRoundTrip?: () => void,
): DefinitionForm {
  const { definition, locale, text } = setup;
  const [values, setValues] = useState(state.values);
  const [renderedState, setRenderedState] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (renderedState !== state) {
    setRenderedState(state);
    setGeneration(generation + 1);
    setValues(state.values);
    onRoundTrip?.();
  }
  const errorsFor = (path: string) => fieldProblem(text, fieldErrors[path], labelForPath(definition, path, locale) ?? undefined);
  return {
    ...setup,
    values,
    generation,
    readForm: (form) => {
      if (form) setValues(Object.fromEntries([...answerEntries(form).entries()].map(([name, value]) => [name, String(value)])));
    },
    errorsFor,
    fieldSummary: summaryFor(definition, Object.fromEntries(Object.keys(fieldErrors).map((path) => [path, errorsFor(path)])), locale),
  };
}

type Props = {
  form: DefinitionForm;
  /** A field shown but not open for change (during a correction, the ones the officer did not name). */
  isLocked?: (key: string) => boolean;
  notesFor?: (key: string) => string[];
  /** After a group row was removed in place: the caller reads the form again. */
  onRowRemoved: () => void;
  /** A file field: uploaded on the citizen's form, only described in the admin's preview. */
  renderFile: (field: FileField, locked: boolean) => ReactNode;
};

/**
 * A service form's sections and fields, drawn from its definition with the
 * same inputs, visibility rules and group rows wherever it is shown: the
 * citizen's application form and the admin's form preview.
 */
export function FormSections(props: Props) {
  return (
    <div key={props.form.generation}>
      <Sections {...props} />
    </div>
  );
}

function Sections({ form, isLocked, notesFor, onRowRemoved, renderFile }: Props) {
  const { definition, locale, text, values, errorsFor } = form;
  const [indices, setIndices] = useState<Record<string, number[]>>({});
  const shown = useMemo(() => new Set(visibleFields(definition, answersFromFormData(definition, Object.entries(values)))), [definition, values]);
  return definition.sections.map((section) => (
    <section key={section.key} aria-labelledby={`section-${section.key}`} className="mb-8">
      <h2 id={`section-${section.key}`} className="mb-4 text-2xl font-semibold">
        {section.title[locale]}
      </h2>
      {section.fields.map((field) => {
        if (!shown.has(field.key)) return null;
        const locked = isLocked?.(field.key) ?? false;
        if (field.type === "file") return <Fragment key={field.key}>{renderFile(field, locked)}</Fragment>;
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
              disabled={locked}
              onAdd={() => setIndices({ ...indices, [field.key]: [...current, (current.at(-1) ?? -1) + 1] })}
              onRemove={(index) => {
                setIndices({ ...indices, [field.key]: current.filter((candidate) => candidate !== index) });
                setTimeout(onRowRemoved);
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
            notes={notesFor?.(field.key) ?? []}
            disabled={locked}
            choosePlaceholder={text("application.choose")}
          />
        );
      })}
    </section>
  ));
}
