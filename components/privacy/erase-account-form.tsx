"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { eraseMyAccountAction } from "@/lib/privacy/actions";

/** Deleting the account: the password and an explicit statement, so it is never one stray click. */
export function EraseAccountForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(eraseMyAccountAction, EMPTY_FORM_STATE);
  const { text, fieldErrors, summary } = formMessages(messages, state, ["password", "confirm"]);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="password" type="password" label={text("privacy.erase.password")} autoComplete="current-password" required errors={fieldErrors("password")} />
      <CheckboxField name="confirm" label={text("privacy.erase.confirm")} errors={fieldErrors("confirm")} defaultChecked={state.values.confirm === "on"} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("privacy.erase.submit")}
      </button>
    </form>
  );
}
