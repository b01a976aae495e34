"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";

/** Admin > Tanya: add keywords to a service, perhaps for one unanswered question; keeps what was typed after an error. */
export function KeywordsForm({
  action,
  messages,
  services,
  initialValues,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  services: { value: string; label: string }[];
  initialValues: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, fieldErrors: {} });
  const label = { serviceId: messages["assistant.admin.service"] ?? "", keywords: messages["assistant.admin.keywords"] ?? "" };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const values = state.values;
  return (
    <form action={formAction} noValidate className="max-w-xl" data-testid="keywords-form">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <input type="hidden" name="question" value={values.question ?? ""} />
      <SelectField
        name="serviceId"
        label={label.serviceId}
        placeholder={text("assistant.admin.servicePlaceholder")}
        defaultValue={values.serviceId ?? ""}
        errors={fieldErrors("serviceId")}
        options={services}
      />
      <TextField
        name="keywords"
        label={label.keywords}
        hint={text("assistant.admin.keywordsHint")}
        maxLength={200}
        required
        defaultValue={values.keywords}
        errors={fieldErrors("keywords")}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("assistant.admin.submit")}
      </button>
    </form>
  );
}
