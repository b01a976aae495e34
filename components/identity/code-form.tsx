"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

type CodeState = FormState & { recoveryCodes?: string[] };

/**
 * One code field: the sign-in's second step, or confirming an authenticator
 * app at enrolment; after enrolment it shows the recovery codes, once.
 */
export function CodeForm({
  action,
  messages,
  submitLabel,
  callbackUrl,
  doneHref,
}: {
  action: (previous: CodeState, formData: FormData) => Promise<CodeState>;
  messages: Messages;
  submitLabel: string;
  callbackUrl?: string;
  /** Where "I have saved them" leads once recovery codes are shown. */
  doneHref?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE as CodeState);
  const label = { code: textFrom(messages)("secondFactor.code") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  if (state.recoveryCodes?.length) {
    return (
      <section aria-labelledby="recovery-codes-heading" className="max-w-md">
        <h2 id="recovery-codes-heading" className="mb-2 text-2xl font-semibold">
          {text("secondFactor.recoveryTitle")}
        </h2>
        <p className="mb-4">{text("secondFactor.recoveryLead")}</p>
        <ul data-testid="recovery-codes" className="mb-6 grid grid-cols-2 gap-2 font-mono text-lg">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {doneHref ? (
          <a href={doneHref} className={buttonPrimary}>
            {text("secondFactor.recoveryDone")}
          </a>
        ) : null}
      </section>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="code" label={label.code} autoComplete="one-time-code" spellCheck={false} required errors={fieldErrors("code")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
