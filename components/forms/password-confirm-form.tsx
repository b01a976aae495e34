"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

/** A change to one's own account that asks for the current password and nothing else (unlinking a provider). */
export function PasswordConfirmForm({
  action,
  messages,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const label = { currentPassword: textFrom(messages)("factors.currentPassword") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField
        name="currentPassword"
        type="password"
        label={label.currentPassword}
        autoComplete="current-password"
        required
        errors={fieldErrors("currentPassword")}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
