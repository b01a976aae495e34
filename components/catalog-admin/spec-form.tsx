"use client";
import { useActionState, useState } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/fields";
import { fieldProblem, summaryLine, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary, inputBase } from "@/components/ui/styles";
import type { FormOutcome, FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";

type Option = { value: string; label: string };

/** One input of an admin form, described as data so server pages can lay forms out. */
export type InputSpec =
  | {
      kind: "text" | "date" | "number" | "file";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      accept?: string;
      inputMode?: "numeric" | "decimal";
    }
  | { kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; rows?: number }
  | { kind: "select"; name: string; label: string; hint?: string; options: Option[]; placeholder?: string }
  | { kind: "checkbox"; name: string; label: string; hint?: string }
  | { kind: "heading"; text: string; note?: string }
  /** A second button that posts the form with `$intent` = value (e.g. a preview that saves nothing). */
  | { kind: "submit"; value: string; label: string }
  /** Where the result of such a post is shown (state.outcome), announced politely. */
  | { kind: "outcome"; label: string };

type State = FormState & { outcome?: FormOutcome };

type Props = {
  action: (previous: State, formData: FormData) => Promise<State>;
  messages: Messages;
  inputs: InputSpec[];
  submitLabel: string;
  initialValues?: Record<string, string>;
  /** Problems known before any post (a saved draft's gaps), shown beside their inputs. */
  initialErrors?: FormState["fieldErrors"];
  /** Posted with the form but not shown (an edit's target, the draft revision). */
  hidden?: Record<string, string>;
  /** Keeps ids unique when one page holds several forms with the same input names. */
  idPrefix?: string;
  /** Where a problem whose path names no input of this form is listed (e.g. a whole-form check). */
  extraSummary?: (fieldErrors: FormState["fieldErrors"], text: (key: MessageKey) => string) => SummaryItem[];
  className?: string;
  /** Folds the form away behind this summary; it opens by itself when it has problems to show. */
  disclosure?: string;
};

/** Problems about no single input of the form (a group with no members yet) are listed as they are. */
const listUnplaced = (fieldErrors: FormState["fieldErrors"], text: (key: MessageKey) => string): SummaryItem[] =>
  Object.values(fieldErrors).flatMap((keys) => (keys[0] ? [{ message: text(keys[0]) }] : []));

/**
 * An admin form: works without JavaScript (a plain post to a server action),
 * keeps what was typed after an error, and lists the problems in an error
 * summary that links to each input, with the message beside the input too.
 */
export function SpecForm({
  action,
  messages,
  inputs,
  submitLabel,
  initialValues = {},
  initialErrors = {},
  hidden = {},
  idPrefix = "",
  extraSummary,
  className,
  disclosure,
}: Props) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, { values: initialValues, fieldErrors: initialErrors });
  // Remount the inputs after a round trip so their defaults show what came back.
  const [shownState, setShownState] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (shownState !== state) {
    setShownState(state);
    setGeneration(generation + 1);
  }
  const text = textFrom(messages);
  const idOf = (name: string) => `${idPrefix}${name.replaceAll(".", "-")}`;
  const labels = new Map(inputs.flatMap((input) => ("name" in input ? [[input.name, input.label] as const] : [])));
  const errorsOf = (name: string) => fieldProblem(text, state.fieldErrors[name], labels.get(name), state.fieldParams?.[name]);
  const names = new Set(labels.keys());
  const summary: SummaryItem[] = [
    ...(state.formError ? [{ message: text(state.formError) }] : []),
    ...inputs.flatMap((input) =>
      "name" in input ? errorsOf(input.name).map((message) => ({ field: idOf(input.name), message: summaryLine(input.label, message) })) : [],
    ),
    ...(extraSummary ?? listUnplaced)(Object.fromEntries(Object.entries(state.fieldErrors).filter(([name]) => !names.has(name))), text),
  ];
  const values = state.values;
  const form = (
    <form action={formAction} noValidate className={className ?? "max-w-3xl"}>
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {/* Enter in a text input presses the form's first submit button: with a second button (a preview) among the inputs, this unseen copy of the main one comes first. */}
      {inputs.some((input) => input.kind === "submit") ? <button type="submit" hidden tabIndex={-1} disabled={pending} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={generation}>
        {inputs.map((input, index) => {
          if (input.kind === "heading") {
            return (
              <div key={`heading-${index}`} className="mt-8 mb-4">
                <h3 className="text-xl font-semibold">{input.text}</h3>
                {input.note ? <p className="mt-1 text-sm text-slate-600">{input.note}</p> : null}
              </div>
            );
          }
          if (input.kind === "submit") {
            return (
              <button key={`submit-${index}`} type="submit" name="$intent" value={input.value} className={`${buttonSecondary} mb-5`} disabled={pending}>
                {input.label}
              </button>
            );
          }
          if (input.kind === "outcome") {
            return (
              <div key={`outcome-${index}`} role="status" aria-label={input.label} className="mb-5">
                {state.outcome ? (
                  <div className="rounded-md border border-brand-700 bg-slate-50 p-3">
                    <p className="font-semibold">{state.outcome.title}</p>
                    {state.outcome.lines.length ? (
                      <ul className="mt-1 list-disc pl-5 text-sm">
                        {state.outcome.lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                ) : null}
              </div>
            );
          }
          const id = idOf(input.name);
          const errors = errorsOf(input.name);
          if (input.kind === "checkbox") {
            return (
              <div key={input.name} className={`mb-5 ${errors.length ? "border-l-4 border-accent-500 pl-4" : ""}`}>
                {errors.length ? (
                  <p id={`${id}-error`} className="mb-1 font-semibold text-accent-500">
                    {errors.join(" ")}
                  </p>
                ) : null}
                <label className="flex items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    name={input.name}
                    defaultChecked={values[input.name] === "on"}
                    aria-invalid={errors.length > 0}
                    aria-describedby={errors.length ? `${id}-error` : undefined}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <span>{input.label}</span>
                </label>
                {input.hint ? <p className="mt-1 ml-8 text-sm text-slate-600">{input.hint}</p> : null}
              </div>
            );
          }
          return (
            <FieldShell key={input.name} id={id} label={input.label} hint={input.hint} errors={errors}>
              {(describedBy, invalid) => {
                const common = { id, name: input.name, "aria-describedby": describedBy, "aria-invalid": invalid, className: inputBase };
                if (input.kind === "select") {
                  return (
                    <select {...common} defaultValue={values[input.name] ?? ""}>
                      {input.placeholder !== undefined ? <option value="">{input.placeholder}</option> : null}
                      {input.options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  );
                }
                if (input.kind === "textarea")
                  return <textarea {...common} rows={input.rows ?? 3} required={input.required} defaultValue={values[input.name]} />;
                if (input.kind === "file") return <input {...common} type="file" accept={input.accept} />;
                return (
                  <input
                    {...common}
                    type={input.kind === "number" ? "text" : input.kind}
                    inputMode={input.inputMode}
                    required={input.required}
                    defaultValue={values[input.name]}
                  />
                );
              }}
            </FieldShell>
          );
        })}
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
  if (!disclosure) return form;
  return (
    <details open={summary.length > 0 || undefined} className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <summary className="cursor-pointer font-semibold text-brand-700 underline">{disclosure}</summary>
      <div className="mt-3">{form}</div>
    </details>
  );
}
