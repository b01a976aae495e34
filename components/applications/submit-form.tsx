"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField } from "@/components/forms/fields";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

export type ProfileUpdateOption = { binding: string; label: string; value: string; current: string };

/** The last step: optional profile updates, the declaration, and the one submit button. */
export function SubmitForm({
  action,
  messages,
  profileUpdates,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  profileUpdates: ProfileUpdateOption[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const text = textFrom(messages);
  const summary = [
    ...(state.formError && state.formError !== "form.errorSummaryTitle" ? [{ message: text(state.formError) }] : []),
    ...(state.fieldErrors.declaration ? [{ field: "declaration", message: text("application.declarationRequired") }] : []),
  ];
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {profileUpdates.length ? (
        <fieldset className="mb-6 rounded-md border border-slate-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{text("application.profileUpdateTitle")}</legend>
          <p className="mb-3 text-sm text-slate-600">{text("application.profileUpdateHint")}</p>
          {profileUpdates.map((option) => (
            <CheckboxField
              key={option.binding}
              name="updateProfile"
              value={option.binding}
              defaultChecked={state.values.updateProfile === option.binding}
              label={text("application.profileUpdateValue", { field: option.label, value: option.value, current: option.current || "—" })}
            />
          ))}
        </fieldset>
      ) : null}
      <CheckboxField
        name="declaration"
        label={text("application.declaration")}
        defaultChecked={state.values.declaration === "on"}
        errors={state.fieldErrors.declaration ? [text("application.declarationRequired")] : []}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
