"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";

/**
 * A change to one's own account that asks for the current password (unlinking a provider) and, where it
 * cannot be undone, an explicit statement as well (deleting the account), so it is never one stray click.
 */
export function PasswordConfirmForm({
  action,
  messages,
  submitLabel,
  password = { name: "currentPassword", label: "factors.currentPassword" },
  statement,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  submitLabel: string;
  /** The password field's name, as the use case's schema calls it, and its label. */
  password?: { name: string; label: MessageKey };
  /** A checkbox the user must tick (sent as `confirm`), with this label. */
  statement?: MessageKey;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const labelOf = textFrom(messages);
  const label: Record<string, string> = { [password.name]: labelOf(password.label), ...(statement ? { confirm: labelOf(statement) } : {}) };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField
        name={password.name}
        type="password"
        label={label[password.name]!}
        autoComplete="current-password"
        required
        errors={fieldErrors(password.name)}
      />
      {statement ? (
        <CheckboxField name="confirm" label={label.confirm!} errors={fieldErrors("confirm")} defaultChecked={state.values.confirm === "on"} />
      ) : null}
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
