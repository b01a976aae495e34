"use client";
import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { recoverAccountAtCounterAction } from "@/lib/identity/recovery-actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, TextField } from "./fields";
import { formMessages, type Messages } from "./use-form-messages";

/** The counter officer's form: the KTP-el's NIK and birth date, the citizen's new email, and the in-person check. */
export function CounterRecoveryForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(recoverAccountAtCounterAction, EMPTY_FORM_STATE);
  const { text, fieldErrors, summary } = formMessages(messages, state, ["nik", "birthDate", "email", "identityChecked"]);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} items={summary} />
      <TextField
        name="nik"
        label={text("recovery.counter.nik")}
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={state.values.nik}
        errors={fieldErrors("nik")}
      />
      <TextField
        name="birthDate"
        type="date"
        label={text("recovery.counter.birthDate")}
        required
        defaultValue={state.values.birthDate}
        errors={fieldErrors("birthDate")}
      />
      <TextField
        name="email"
        type="email"
        label={text("recovery.counter.email")}
        hint={text("recovery.counter.emailHint")}
        autoComplete="off"
        required
        defaultValue={state.values.email}
        errors={fieldErrors("email")}
      />
      <CheckboxField name="identityChecked" label={text("recovery.counter.identityChecked")} errors={fieldErrors("identityChecked")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("recovery.counter.submit")}
      </button>
    </form>
  );
}
