"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

/** The admin closes one day of a location (ad hoc); its bookings are cancelled with a notice. */
export function CloseDayForm({
  action,
  messages,
  locations,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  locations: { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const label = {
    locationSlug: messages["visit.admin.location"] ?? "",
    date: messages["visit.admin.date"] ?? "",
    reasonId: messages["visit.admin.reasonId"] ?? "",
    reasonEn: messages["visit.admin.reasonEn"] ?? "",
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <SelectField
        id="close-location"
        name="locationSlug"
        label={label.locationSlug}
        options={locations}
        defaultValue={state.values.locationSlug}
        errors={fieldErrors("locationSlug")}
      />
      <TextField name="date" label={label.date} inputMode="numeric" defaultValue={state.values.date} errors={fieldErrors("date")} />
      <TextField name="reasonId" label={label.reasonId} defaultValue={state.values.reasonId} errors={fieldErrors("reasonId")} />
      <TextField name="reasonEn" label={label.reasonEn} defaultValue={state.values.reasonEn} errors={fieldErrors("reasonEn")} />
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {text("visit.admin.closeSubmit")}
      </button>
    </form>
  );
}
