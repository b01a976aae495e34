"use client";
import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { requestPasswordRecoveryAction } from "@/lib/identity/recovery-actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { ErrorSummary } from "./error-summary";
import { AccountEmailField } from "./account-fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

/** "Lupa kata sandi?": the account's email, nothing else. */
export function PasswordRecoveryForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(requestPasswordRecoveryAction, EMPTY_FORM_STATE);
  const label = { email: textFrom(messages)("auth.email") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <AccountEmailField label={label.email} defaultValue={state.values.email} errors={fieldErrors("email")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("recovery.requestSubmit")}
      </button>
    </form>
  );
}
