"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { HOLIDAY_KINDS } from "@/lib/sla/holiday-input";

const FIELD_ORDER = ["date", "nameId", "nameEn", "kind", "regionCode"] as const;

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
  const { text, fieldErrors, summary } = formMessages(messages, state, FIELD_ORDER);
  const values = state.values;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="date" type="date" label={text("holiday.field.date")} required defaultValue={values.date} errors={fieldErrors("date")} />
      <TextField
        name="nameId"
        label={text("holiday.field.nameId")}
        required
        maxLength={150}
        defaultValue={values.nameId}
        errors={fieldErrors("nameId")}
      />
      <TextField
        name="nameEn"
        label={text("holiday.field.nameEn")}
        required
        maxLength={150}
        defaultValue={values.nameEn}
        errors={fieldErrors("nameEn")}
      />
      <SelectField
        name="kind"
        label={text("holiday.field.kind")}
        placeholder={text("holiday.field.kindPlaceholder")}
        defaultValue={values.kind ?? ""}
        errors={fieldErrors("kind")}
        options={HOLIDAY_KINDS.map((kind) => ({ value: kind, label: text(`holiday.kind.${kind}`) }))}
      />
      <TextField
        name="regionCode"
        label={text("holiday.field.regionCode")}
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
