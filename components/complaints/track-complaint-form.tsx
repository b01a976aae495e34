"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { trackComplaintAction } from "@/lib/complaints/actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";

/** Code + secret: the way in for filers without an account (and anyone who filed anonymously). */
export function TrackComplaintForm({ messages, code }: { messages: Messages; code?: string }) {
  const [state, action, pending] = useActionState(trackComplaintAction, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const label = { code: labels("complaint.track.code"), secret: labels("complaint.track.secret") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary
        title={text("form.errorSummaryTitle")}
        result={state}
        items={state.formError ? [{ field: "code", message: text(state.formError) }] : summary}
      />
      <TextField
        name="code"
        label={label.code}
        hint={text("complaint.track.codeHint")}
        defaultValue={state.values.code ?? code}
        autoComplete="off"
        spellCheck={false}
        errors={fieldErrors("code")}
        required
      />
      <TextField
        name="secret"
        label={label.secret}
        hint={text("complaint.track.secretHint")}
        autoComplete="off"
        spellCheck={false}
        errors={fieldErrors("secret")}
        required
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("complaint.track.submit")}
      </button>
    </form>
  );
}
