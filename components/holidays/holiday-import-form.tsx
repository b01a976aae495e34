"use client";
import { useActionState } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { importHolidaysAction, type HolidayImportState } from "@/lib/sla/actions";

/**
 * One year's calendar from CSV, pasted or as a file. Every rejected line is
 * listed in the error summary, each linking to the text area, which holds the
 * submitted text again so the lines can be fixed in place.
 */
export function HolidayImportForm({ year, messages }: { year: number; messages: Messages }) {
  const initial: HolidayImportState = { values: {}, fieldErrors: {}, lineErrors: [] };
  const [state, formAction, pending] = useActionState(importHolidaysAction, initial);
  const { text, fieldErrors, summary } = formMessages(messages, state, { csvFile: textFrom(messages)("holiday.field.csvFile") });
  const format = textFrom(messages);
  const csvErrors = fieldErrors("csv");
  const lineItems: SummaryItem[] = state.lineErrors.map((error) => ({
    field: "csv",
    message: format("holiday.import.lineError", { line: error.line, message: text(error.messageKey) }),
  }));
  // The lines first, in file order; a problem with the text as a whole only when no line is named.
  const items: SummaryItem[] = [
    ...lineItems,
    ...(lineItems.length === 0 && csvErrors.length ? [{ field: "csv", message: csvErrors[0]! }] : []),
    // The year comes from the page, not from a field: nothing to link to.
    ...fieldErrors("year").map((message) => ({ message })),
    ...summary,
  ];
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={items} />
      <input type="hidden" name="year" defaultValue={String(year)} />
      <TextAreaField
        name="csv"
        label={text("holiday.field.csv")}
        hint={text("holiday.field.csvHint")}
        rows={8}
        spellCheck={false}
        className="block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-accent-500"
        defaultValue={state.values.csv}
        errors={csvErrors}
      />
      <TextField name="csvFile" type="file" accept=".csv,text/csv" label={text("holiday.field.csvFile")} errors={fieldErrors("csvFile")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("holiday.admin.importSubmit")}
      </button>
    </form>
  );
}
