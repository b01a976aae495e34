"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { eraseMyAccountAction } from "@/lib/privacy/actions";

/** Deleting the account: the password and an explicit statement, so it is never one stray click. */
export function EraseAccountForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(eraseMyAccountAction, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const label = { password: labels("privacy.erase.password"), confirm: labels("privacy.erase.confirm") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="password" type="password" label={label.password} autoComplete="current-password" required errors={fieldErrors("password")} />
      <CheckboxField name="confirm" label={label.confirm} errors={fieldErrors("confirm")} defaultChecked={state.values.confirm === "on"} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("privacy.erase.submit")}
      </button>
    </form>
  );
}
