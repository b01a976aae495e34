"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldProblem, textFrom, type FieldLabels, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One small form of the complaint pages (a staff action, a filer's reply):
 * its own error summary linking to its fields (ids prefixed with `formId`),
 * an optional case version, one button. Works without JavaScript.
 */
export function ActionForm({
  formId,
  action,
  messages,
  submitLabel,
  primary,
  version,
  labels = {},
  children,
}: {
  formId: string;
  action: FormAction;
  messages: Messages;
  submitLabel: string;
  primary?: boolean;
  version?: number;
  /** The labels of the form's fields: its messages name the field by them. */
  labels?: FieldLabels;
  children?: (state: FormState, errors: (field: string) => string[], id: (field: string) => string) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const text = textFrom(messages);
  const errors = (field: string) => fieldProblem(text, state.fieldErrors[field], labels[field]);
  const id = (field: string) => `${formId}-${field}`;
  const summary = [
    ...(state.formError && state.formError !== "error.invalidInput" ? [{ message: text(state.formError) }] : []),
    ...Object.keys(state.fieldErrors).flatMap((field) =>
      errors(field)
        .slice(0, 1)
        .map((message) => ({ field: id(field), message })),
    ),
  ];
  return (
    <form action={formAction} noValidate className="mb-6">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {children?.(state, errors, id)}
      <button type="submit" className={primary ? buttonPrimary : buttonSecondary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
