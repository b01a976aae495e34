"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";
import { RecoveryCodes } from "./recovery-codes";

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
  whenDone,
}: {
  action: (previous: CodeState, formData: FormData) => Promise<CodeState>;
  messages: Messages;
  submitLabel: string;
  callbackUrl?: string;
  /** Where "I have saved them" leads once recovery codes are shown. */
  doneHref?: string;
  /**
   * What shows instead of the form once the server says the step is done (an app already enrolled). The page
   * keeps this form mounted then, so the recovery codes its action returned still show: after a post without
   * JavaScript, or when the page re-renders after the action.
   */
  whenDone?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE as CodeState);
  const label = { code: textFrom(messages)("secondFactor.code") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  if (state.recoveryCodes?.length) return <RecoveryCodes codes={state.recoveryCodes} doneHref={doneHref} text={text} />;
  if (whenDone) return <>{whenDone}</>;
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
