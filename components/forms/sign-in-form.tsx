"use client";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/identity/actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { AlternativeLink } from "./alternative-link";
import { AccountEmailField } from "./account-fields";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

export function SignInForm({ messages, callbackUrl }: { messages: Messages; callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const label = { email: labels("auth.email"), password: labels("auth.password") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <AccountEmailField label={label.email} defaultValue={state.values.email} errors={fieldErrors("email")} />
      <TextField name="password" type="password" label={label.password} autoComplete="current-password" required errors={fieldErrors("password")} />
      <p className="mb-5">
        <Link href="/lupa-sandi" className={linkStyle}>
          {text("recovery.link")}
        </Link>
      </p>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("auth.signInSubmit")}
      </button>
      <AlternativeLink question={text("auth.noAccount")} label={text("auth.registerLink")} href="/daftar" />
    </form>
  );
}
