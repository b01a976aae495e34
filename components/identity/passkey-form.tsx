"use client";
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import { useActionState, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { RecoveryCodes } from "./recovery-codes";

type State = FormState & { recoveryCodes?: string[] };
type CeremonyState = FormState & { options?: object };

/**
 * A form that proves (or adds) a passkey, and optionally takes a code
 * instead: the passkey button asks the server for a challenge, lets the
 * browser run the WebAuthn ceremony (@simplewebauthn/browser), puts the
 * answer in a hidden field and submits the form. Used by the sign-in's second
 * step, adding a passkey, removing a factor and new recovery codes. After a
 * change that made recovery codes it shows them, once.
 */
export function PasskeyForm({
  action,
  messages,
  passkey,
  fields = {},
  submitLabel,
  codeIntro,
  callbackUrl,
  doneHref,
}: {
  action: (previous: State, formData: FormData) => Promise<State>;
  messages: Messages;
  /** The passkey button: a new passkey ("register") or proving one ("authenticate"). Absent when the account has none to prove. */
  passkey?: { mode: "register" | "authenticate"; options: () => Promise<CeremonyState>; label: string };
  fields?: { name?: boolean; currentPassword?: boolean; code?: boolean };
  /** The button that submits a typed code; absent when there is no code field. */
  submitLabel?: string;
  /** A line before the code field ("Or enter a code…"). */
  codeIntro?: string;
  callbackUrl?: string;
  doneHref?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE as State);
  const [localError, setLocalError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const responseRef = useRef<HTMLInputElement>(null);
  const text = textFrom(messages);
  const label: Record<string, string> = {};
  if (fields.name) label.name = text("factors.passkeys.name");
  if (fields.currentPassword) label.currentPassword = text("factors.currentPassword");
  if (fields.code) label.code = text(fields.currentPassword ? "factors.code" : "secondFactor.code");
  const shown = localError ? { ...state, formError: localError } : state;
  const { fieldErrors, summary } = formMessages(messages, shown, label);

  if (state.recoveryCodes?.length) return <RecoveryCodes codes={state.recoveryCodes} doneHref={doneHref} text={text} />;

  async function runPasskey() {
    if (!passkey || !formRef.current || !responseRef.current) return;
    setLocalError(null);
    const form = formRef.current;
    // Without a name nothing is created on the authenticator: the server names the missing field.
    if (passkey.mode === "register" && !String(new FormData(form).get("name") ?? "").trim()) return form.requestSubmit();
    if (!browserSupportsWebAuthn()) return setLocalError("factors.passkeys.unsupported");
    setBusy(true);
    try {
      const ceremony = await passkey.options();
      if (!ceremony.options) return setLocalError(ceremony.formError ?? "error.invalidInput");
      const optionsJSON = ceremony.options as never;
      const answer = passkey.mode === "register" ? await startRegistration({ optionsJSON }) : await startAuthentication({ optionsJSON });
      responseRef.current.value = JSON.stringify(answer);
      form.requestSubmit();
    } catch {
      setLocalError("factors.passkeys.cancelled");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-md" onSubmit={() => setLocalError(null)}>
      <ErrorSummary title={text("form.errorSummaryTitle")} result={shown} items={summary} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <input ref={responseRef} type="hidden" name="passkeyResponse" defaultValue="" />
      {fields.name ? (
        <TextField
          name="name"
          label={label.name!}
          hint={text("factors.passkeys.nameHint")}
          autoComplete="off"
          maxLength={60}
          required
          defaultValue={state.values.name}
          errors={fieldErrors("name")}
        />
      ) : null}
      {fields.currentPassword ? (
        <TextField
          name="currentPassword"
          type="password"
          label={label.currentPassword!}
          autoComplete="current-password"
          required
          errors={fieldErrors("currentPassword")}
        />
      ) : null}
      {passkey ? (
        <div className="mb-6">
          <button type="button" className={passkey.mode === "register" ? buttonPrimary : buttonSecondary} disabled={pending || busy} onClick={runPasskey}>
            {passkey.label}
          </button>
        </div>
      ) : null}
      {fields.code ? (
        <>
          {codeIntro ? <p className="mb-2">{codeIntro}</p> : null}
          <TextField name="code" label={label.code!} autoComplete="one-time-code" spellCheck={false} errors={fieldErrors("code")} />
          <button type="submit" className={buttonPrimary} disabled={pending || busy}>
            {submitLabel}
          </button>
        </>
      ) : null}
    </form>
  );
}
