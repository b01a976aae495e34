"use client";
import { useActionState } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { reconcileSettlementAction, type ReconciliationFormState } from "@/lib/payments/treasury-actions";

/** The settlement file, chosen or pasted; every unreadable line is listed and the text comes back to fix in place. */
export function ReconciliationForm({ messages }: { messages: Messages }) {
  const initial: ReconciliationFormState = { values: {}, fieldErrors: {}, lineErrors: [] };
  const [state, formAction, pending] = useActionState(reconcileSettlementAction, initial);
  const format = textFrom(messages);
  const { text, fieldErrors, summary } = formMessages(messages, state, { file: format("reconciliation.file"), csv: format("reconciliation.csv") });
  const csvErrors = fieldErrors("csv");
  const items: SummaryItem[] = [
    ...(csvErrors.length ? [{ field: "csv", message: csvErrors[0]! }] : []),
    ...state.lineErrors.map((error) => ({
      field: "csv",
      message: format("reconciliation.lineError", { line: error.line, problem: text(`reconciliation.problem.${error.problem}`) }),
    })),
    ...summary,
  ];
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={items} />
      <TextField name="file" type="file" accept=".csv,text/csv" label={format("reconciliation.file")} errors={fieldErrors("file")} />
      <TextAreaField
        name="csv"
        label={format("reconciliation.csv")}
        rows={6}
        spellCheck={false}
        className="block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-accent-500"
        defaultValue={state.values.csv}
        errors={csvErrors}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("reconciliation.submit")}
      </button>
    </form>
  );
}
