"use client";
import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { resetCitizenFactorAtCounterAction } from "@/lib/identity/passkey-actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, TextField } from "./fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

/** The counter officer's form: the KTP-el's NIK and birth date, and the in-person check that the card's NIK matches. */
export function CounterFactorResetForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(resetCitizenFactorAtCounterAction, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const label = { nik: labels("recovery.counter.nik"), birthDate: labels("recovery.counter.birthDate"), nikMatched: labels("factors.counter.nikMatched") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="nik" label={label.nik} inputMode="numeric" autoComplete="off" required defaultValue={state.values.nik} errors={fieldErrors("nik")} />
      <TextField name="birthDate" type="date" label={label.birthDate} required defaultValue={state.values.birthDate} errors={fieldErrors("birthDate")} />
      <CheckboxField name="nikMatched" label={label.nikMatched} errors={fieldErrors("nikMatched")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("factors.counter.submit")}
      </button>
    </form>
  );
}
