"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import { verifyOutputFileAction, type VerifyFileState } from "@/lib/outputs/actions";
import { VerificationResult, type VerificationResultLabels } from "./verification-result";

/**
 * Verification by uploading the PDF. A server action with useActionState, so
 * without JavaScript the browser posts the form and the page comes back with
 * the answer in place.
 */
export function VerifyFileForm({ messages, labels }: { messages: Messages; labels: VerificationResultLabels }) {
  const [state, action, pending] = useActionState<VerifyFileState, FormData>(verifyOutputFileAction, { values: {}, fieldErrors: {} });
  const { text, fieldErrors, summary } = formMessages(messages, state, { file: textFrom(messages)("verify.file") });
  return (
    <div>
      <form action={action} noValidate>
        <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
        <FieldShell id="file" label={text("verify.file")} hint={text("verify.fileHint")} errors={fieldErrors("file")}>
          {(describedBy, invalid) => (
            <input
              id="file"
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              required
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="block w-full text-base file:mr-4 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:font-semibold"
            />
          )}
        </FieldShell>
        <button type="submit" className={buttonSecondary} disabled={pending}>
          {text("verify.fileSubmit")}
        </button>
      </form>
      {state.result ? <VerificationResult view={state.result} labels={labels} /> : null}
    </div>
  );
}
