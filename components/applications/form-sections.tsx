"use client";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import type { Text } from "@/components/forms/use-form-messages";
import { answersFromFormData } from "@/lib/catalog/form-data";
import { visibleFields, type FileField } from "@/lib/catalog/form-fields";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale } from "@/lib/platform/i18n/messages";
import { GroupField, groupIndices } from "./group-field";
import { ScalarInput } from "./scalar-input";

type Props = {
  definition: FormDefinition;
  locale: Locale;
  text: Text;
  /** The answers as typed (input name to value): they decide which fields show and which group rows exist. */
  values: Record<string, string>;
  errorsFor: (path: string) => string[];
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
 * citizen's application form and the admin's form preview. Remount it (a new
 * `key`) after a server round trip so its rows follow the posted values again.
 */
export function FormSections({ definition, locale, text, values, errorsFor, isLocked, notesFor, onRowRemoved, renderFile }: Props) {
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
