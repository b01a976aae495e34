"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { HOLIDAY_KINDS } from "@/lib/sla/holiday-input";

/** Add or edit one holiday; works without JavaScript and keeps what was typed after an error. */
export function HolidayForm({
  action,
  messages,
  submitLabel,
  initialValues = {},
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  submitLabel: string;
  initialValues?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, fieldErrors: {} });
  const labels = textFrom(messages);
  const label = {
    date: labels("holiday.field.date"),
    nameId: labels("holiday.field.nameId"),
    nameEn: labels("holiday.field.nameEn"),
    kind: labels("holiday.field.kind"),
    regionCode: labels("holiday.field.regionCode"),
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const values = state.values;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="date" type="date" label={label.date} required defaultValue={values.date} errors={fieldErrors("date")} />
      <TextField name="nameId" label={label.nameId} required maxLength={150} defaultValue={values.nameId} errors={fieldErrors("nameId")} />
      <TextField name="nameEn" label={label.nameEn} required maxLength={150} defaultValue={values.nameEn} errors={fieldErrors("nameEn")} />
      <SelectField
        name="kind"
        label={label.kind}
        placeholder={text("holiday.field.kindPlaceholder")}
        defaultValue={values.kind ?? ""}
        errors={fieldErrors("kind")}
        options={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: text(`holiday.kind.${kind}`) }))}
      />
      <TextField
        name="regionCode"
        label={label.regionCode}
        hint={text("holiday.field.regionCodeHint")}
        inputMode="numeric"
        maxLength={2}
        autoComplete="off"
        defaultValue={values.regionCode}
        errors={fieldErrors("regionCode")}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
