import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { inputBase } from "@/components/ui/styles";

/** The frame around a field: a bar on the left while it has an error, as the GOV.UK pattern does. */
function fieldFrame(errors: string[]) {
  return `mb-5 ${errors.length ? "border-l-4 border-accent-500 pl-4" : ""}`;
}

/** The ids of a field's hint and error message, and the aria-describedby that names those shown. */
function noteIds(id: string, hint: string | undefined, errors: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/** A field's hint and its error message, under the ids its control's aria-describedby names. */
function FieldNotes({ id, hint, errors }: { id: string; hint?: string; errors: string[] }) {
  const { hintId, errorId } = noteIds(id, hint, errors);
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="mt-1 font-semibold text-accent-500">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

type FieldShellProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, hint and error message wired to the control by id (WCAG 1.3.1, 3.3.1). */
export function FieldShell({ id, label, hint, errors = [], children }: FieldShellProps) {
  const { describedBy } = noteIds(id, hint, errors);
  return (
    <div className={fieldFrame(errors)}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} errors={errors} />
      <div className="mt-1">{children(describedBy, errors.length > 0)}</div>
    </div>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, hint, errors, ...input }: TextFieldProps) {
  return (
    <FieldShell id={name} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => <input id={name} name={name} aria-describedby={describedBy} aria-invalid={invalid} className={inputBase} {...input} />}
    </FieldShell>
  );
}

type Option = { value: string; label: string };

export function SelectField({
  name,
  id = name,
  label,
  hint,
  errors,
  options,
  defaultValue,
  disabled,
  placeholder,
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: Option[];
  defaultValue?: string;
  disabled?: boolean;
  /** A first, empty choice, so nothing is chosen for the user. */
  placeholder?: string;
}) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <select id={id} name={name} disabled={disabled} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={invalid} className={inputBase}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function RadioGroup({
  name,
  id = name,
  legend,
  hint,
  errors = [],
  options,
  defaultValue,
  disabled,
}: {
  name: string;
  id?: string;
  legend: string;
  hint?: string;
  errors?: string[];
  options: Option[];
  defaultValue?: string;
  disabled?: boolean;
}) {
  const { describedBy } = noteIds(id, hint, errors);
  return (
    <fieldset id={id} tabIndex={-1} disabled={disabled} aria-describedby={describedBy} className={fieldFrame(errors)}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <FieldNotes id={id} hint={hint} errors={errors} />
      <div className="mt-2 flex flex-wrap gap-6">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} className="h-5 w-5" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField({
  name,
  label,
  errors = [],
  defaultChecked,
  disabled,
  value,
}: {
  name: string;
  label: string;
  errors?: string[];
  defaultChecked?: boolean;
  disabled?: boolean;
  value?: string;
}) {
  const errorId = errors.length ? `${name}-error` : undefined;
  return (
    <div className={fieldFrame(errors)}>
      {errors.length ? (
        <p id={errorId} className="mb-1 font-semibold text-accent-500">
          {errors.join(" ")}
        </p>
      ) : null}
      <label className="flex items-start gap-3">
        <input
          id={value ? `${name}-${value}` : name}
          type="checkbox"
          name={name}
          value={value}
          disabled={disabled}
          defaultChecked={defaultChecked}
          aria-describedby={errorId}
          aria-invalid={errors.length > 0}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}

type TextAreaFieldProps = {
  name: string;
  /** When several forms on one page share a field name, each needs its own id. */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextAreaField({ name, id = name, label, hint, errors, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <textarea id={id} name={name} rows={3} aria-describedby={describedBy} aria-invalid={invalid} className={inputBase} {...textarea} />
      )}
    </FieldShell>
  );
}
