"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";

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
  children,
}: {
  formId: string;
  action: FormAction;
  messages: Messages;
  submitLabel: string;
  primary?: boolean;
  version?: number;
  children?: (state: FormState, errors: (field: string) => string[], id: (field: string) => string) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const text = textFrom(messages);
  const errors = (field: string) => (state.fieldErrors[field] ?? []).map((key) => text(key));
  const id = (field: string) => `${formId}-${field}`;
  const summary = [
    ...(state.formError && state.formError !== "error.invalidInput" ? [{ message: text(state.formError) }] : []),
    ...Object.entries(state.fieldErrors).flatMap(([field, keys]) => (keys[0] ? [{ field: id(field), message: text(keys[0] as MessageKey) }] : [])),
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
