"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { fieldProblem, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { Open311ClientState } from "@/lib/complaints/back-office-actions";

/** Creates an Open311 API key and shows it once. */
export function Open311ClientForm({
  action,
  messages,
}: {
  action: (previous: Open311ClientState, formData: FormData) => Promise<Open311ClientState>;
  messages: Messages;
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {} } as Open311ClientState);
  const text = textFrom(messages);
  const errors = fieldProblem(text, state.fieldErrors.name, text("open311.admin.name"));
  return (
    <div className="mb-8 max-w-2xl">
      {state.created ? (
        <div role="status" className="mb-6 border-l-8 border-emerald-600 bg-white p-4">
          <p>{text("open311.admin.created", { name: state.created.name })}</p>
          <p className="mt-2 break-all font-mono font-bold" data-testid="open311-key">
            {state.created.key}
          </p>
        </div>
      ) : null}
      <form action={formAction} noValidate>
        <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={errors.length ? [{ field: "name", message: errors[0]! }] : []} />
        <TextField name="name" label={text("open311.admin.name")} defaultValue={state.values.name} errors={errors} maxLength={80} />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {text("open311.admin.create")}
        </button>
      </form>
    </div>
  );
}
