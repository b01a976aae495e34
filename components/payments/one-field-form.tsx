"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary, inputBase } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

/** A decision that takes one line of text (a refusal's reason, a transfer reference); what was typed stays on error. */
export function OneFieldForm({
  action,
  messages,
  name,
  label,
  submitLabel,
  idPrefix,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  name: string;
  label: string;
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const { text, fieldErrors, summary } = formMessages(messages, state, { [name]: label });
  return (
    <form action={formAction} noValidate className="mt-2">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {/* Several of these sit on one page (one per refund): the id carries the row's. */}
      <FieldShell id={`${idPrefix}-${name}`} label={label} errors={fieldErrors(name)}>
        {(describedBy, invalid) => (
          <input
            id={`${idPrefix}-${name}`}
            name={name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputBase}
            defaultValue={state.values[name]}
          />
        )}
      </FieldShell>
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
