"use client";
import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { recoverAccountAtCounterAction } from "@/lib/identity/recovery-actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, TextField } from "./fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

/** The counter officer's form: the KTP-el's NIK and birth date, the citizen's new email, and the in-person check. */
export function CounterRecoveryForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(recoverAccountAtCounterAction, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const label = {
    nik: labels("recovery.counter.nik"),
    birthDate: labels("recovery.counter.birthDate"),
    email: labels("recovery.counter.email"),
    identityChecked: labels("recovery.counter.identityChecked"),
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="nik" label={label.nik} inputMode="numeric" autoComplete="off" required defaultValue={state.values.nik} errors={fieldErrors("nik")} />
      <TextField name="birthDate" type="date" label={label.birthDate} required defaultValue={state.values.birthDate} errors={fieldErrors("birthDate")} />
      <TextField
        name="email"
        type="email"
        label={label.email}
        hint={text("recovery.counter.emailHint")}
        autoComplete="off"
        required
        defaultValue={state.values.email}
        errors={fieldErrors("email")}
      />
      <CheckboxField name="identityChecked" label={label.identityChecked} errors={fieldErrors("identityChecked")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("recovery.counter.submit")}
      </button>
    </form>
  );
}
