"use client";
import { groupInputName, groupItemMarkerName } from "@/lib/catalog/form-data";
import type { GroupField as GroupFieldDefinition } from "@/lib/catalog/form-fields";
import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { buttonSecondary } from "@/components/ui/styles";
import { ScalarInput } from "./scalar-input";

type Props = {
  field: GroupFieldDefinition;
  locale: Locale;
  indices: number[];
  values: Record<string, string>;
  errorsFor: (path: string) => string[];
  text: (key: MessageKey, params?: Record<string, string | number>) => string;
  disabled?: boolean;
  /** With JavaScript rows are added and removed in place; without it the buttons post the form. */
  onAdd: () => void;
  onRemove: (index: number) => void;
};

/** The item indices present in posted values (`key.<i>.*` or the `key.<i>` marker), at least `minItems`. */
export function groupIndices(values: Record<string, string>, key: string, minItems: number): number[] {
  const found = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = new RegExp(`^${key}\\.(\\d+)(?:\\.|$)`).exec(name);
    if (match) found.add(Number(match[1]));
  }
  const indices = [...found].sort((a, b) => a - b);
  for (let next = (indices.at(-1) ?? -1) + 1; indices.length < minItems; next++) indices.push(next);
  return indices;
}

/** A repeating group such as family members: one fieldset per item. */
export function GroupField({ field, locale, indices, values, errorsFor, text, disabled, onAdd, onRemove }: Props) {
  const item = field.itemLabel[locale];
  const groupErrors = errorsFor(field.key);
  return (
    <fieldset id={field.key} tabIndex={-1} className={`mb-6 ${groupErrors.length ? "border-l-4 border-accent-500 pl-4" : ""}`}>
      <legend className="text-lg font-semibold text-slate-900">{field.label[locale]}</legend>
      {field.help ? <p className="mt-1 text-sm text-slate-600">{field.help[locale]}</p> : null}
      {groupErrors.length ? <p className="mt-1 font-semibold text-accent-500">{groupErrors.join(" ")}</p> : null}
      {indices.map((index, position) => (
        <fieldset key={index} className="mt-4 rounded-md border border-slate-300 bg-white p-4">
          <legend className="px-1 font-semibold">{text("application.itemNumber", { item, number: position + 1 })}</legend>
          <input type="hidden" name={groupItemMarkerName(field.key, index)} value="" />
          {field.fields.map((sub) =>
            sub.type === "file" ? null : (
              <ScalarInput
                key={sub.key}
                field={sub}
                name={groupInputName(field.key, index, sub.key)}
                locale={locale}
                value={values[groupInputName(field.key, index, sub.key)]}
                errors={errorsFor(groupInputName(field.key, index, sub.key))}
                disabled={disabled}
                choosePlaceholder={text("application.choose")}
              />
            ),
          )}
          {disabled || indices.length <= field.minItems ? null : (
            <button
              type="submit"
              name="$intent"
              value={`removeItem:${field.key}:${index}`}
              className={buttonSecondary}
              onClick={(event) => {
                event.preventDefault();
                onRemove(index);
              }}
            >
              {text("application.removeItem", { item, number: position + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {disabled || indices.length >= field.maxItems ? null : (
        <button
          type="submit"
          name="$intent"
          value={`addItem:${field.key}`}
          className={`${buttonSecondary} mt-4`}
          onClick={(event) => {
            event.preventDefault();
            onAdd();
          }}
        >
          {text("application.addItem", { item })}
        </button>
      )}
    </fieldset>
  );
}
