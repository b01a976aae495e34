"use client";
import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { NewPasswordFields } from "./account-fields";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

/** Choose a password (from an emailed link, or changing one's own); the token travels as a hidden field. */
export function SetPasswordForm({
  action,
  messages,
  token,
  withCurrentPassword = false,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  token?: string;
  withCurrentPassword?: boolean;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {} });
  const labels = textFrom(messages);
  const label = {
    ...(withCurrentPassword ? { currentPassword: labels("accountSecurity.currentPassword") } : {}),
    password: labels("accountSecurity.newPassword"),
    passwordConfirm: labels("auth.passwordConfirm"),
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {withCurrentPassword ? (
        <TextField
          name="currentPassword"
          type="password"
          label={labels("accountSecurity.currentPassword")}
          autoComplete="current-password"
          required
          errors={fieldErrors("currentPassword")}
        />
      ) : null}
      <NewPasswordFields labels={label} hint={text("auth.passwordHint")} errors={fieldErrors} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
