"use client";
import { useActionState } from "react";
import { registerAction } from "@/lib/identity/actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { NewPasswordFields } from "./account-fields";
import { AlternativeLink } from "./alternative-link";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, RadioGroup, TextField } from "./fields";
import { formMessages, textFrom, type Messages } from "./use-form-messages";

/** The fields in the order they appear, with their labels. */
function registrationLabels(text: ReturnType<typeof textFrom>) {
  return {
    name: text("auth.name"),
    email: text("auth.email"),
    nik: text("auth.nik"),
    birthDate: text("auth.birthDate"),
    sex: text("auth.sex"),
    password: text("auth.password"),
    passwordConfirm: text("auth.passwordConfirm"),
    consent: text("auth.consent"),
  };
}

export function RegisterForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(registerAction, EMPTY_FORM_STATE);
  const label = registrationLabels(textFrom(messages));
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const values = state.values;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="name" label={label.name} autoComplete="name" required defaultValue={values.name} errors={fieldErrors("name")} />
      <TextField name="email" type="email" label={label.email} autoComplete="email" required defaultValue={values.email} errors={fieldErrors("email")} />
      <TextField
        name="nik"
        label={label.nik}
        hint={text("auth.nikHint")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        required
        defaultValue={values.nik}
        errors={fieldErrors("nik")}
      />
      <TextField
        name="birthDate"
        type="date"
        label={label.birthDate}
        autoComplete="bday"
        required
        defaultValue={values.birthDate}
        errors={fieldErrors("birthDate")}
      />
      <RadioGroup
        name="sex"
        legend={label.sex}
        defaultValue={values.sex}
        errors={fieldErrors("sex")}
        options={[
          { value: "MALE", label: text("auth.sexMale") },
          { value: "FEMALE", label: text("auth.sexFemale") },
        ]}
      />
      <NewPasswordFields labels={label} hint={text("auth.passwordHint")} errors={fieldErrors} />
      {/* A new tab, so that what was typed above stays. */}
      <p className="mb-2">
        <a href="/privasi" target="_blank" rel="noopener" className={linkStyle}>
          {text("legal.consentLink")}
        </a>
      </p>
      <CheckboxField name="consent" label={label.consent} defaultChecked={values.consent === "on"} errors={fieldErrors("consent")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("auth.registerSubmit")}
      </button>
      <AlternativeLink question={text("auth.haveAccount")} label={text("auth.signInLink")} href="/masuk" />
    </form>
  );
}
