"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/fields";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

/** Withdrawal sits behind a disclosure, so it is a deliberate second step, not a stray click. */
export function WithdrawForm({ action, messages }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; messages: Messages }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const text = textFrom(messages);
  return (
    <details className="mt-8 max-w-2xl rounded-md border border-slate-300 bg-white p-4" open={!!state.formError}>
      <summary className="cursor-pointer font-semibold text-accent-500">{text("application.withdraw")}</summary>
      <form action={formAction} className="mt-4">
        <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={state.formError ? [{ message: text(state.formError) }] : []} />
        <h2 className="text-lg font-semibold">{text("application.withdrawTitle")}</h2>
        <p className="mb-4 text-slate-700">{text("application.withdrawHint")}</p>
        <TextAreaField name="reason" label={text("application.withdrawReason")} defaultValue={state.values.reason} maxLength={500} />
        <button type="submit" className={buttonSecondary} disabled={pending}>
          {text("application.withdrawConfirm")}
        </button>
      </form>
    </details>
  );
}
