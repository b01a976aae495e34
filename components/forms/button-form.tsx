"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

/** A form that is a single button (remove, deactivate, ...), with the error summary if the action refuses. */
export function ButtonForm({
  action,
  messages,
  submitLabel,
  className = buttonSecondary,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  submitLabel: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const { text, summary } = formMessages(messages, state, {});
  return (
    <form action={formAction}>
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <button type="submit" className={className} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
