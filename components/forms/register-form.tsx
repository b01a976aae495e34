"use client";
import { useActionState } from "react";
import { registerAction } from "@/lib/identity/actions";
import { EMPTY_FORM_STATE } from "@/lib/platform/form-state";
import { buttonPrimary } from "@/components/ui/styles";
import { AlternativeLink } from "./alternative-link";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, RadioGroup, TextField } from "./fields";
import { formMessages, type Messages } from "./use-form-messages";

const FIELD_ORDER = ["name", "email", "nik", "birthDate", "sex", "password", "passwordConfirm", "consent"] as const;

export function RegisterForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState(registerAction, EMPTY_FORM_STATE);
  const { text, fieldErrors, summary } = formMessages(messages, state, FIELD_ORDER);
  const values = state.values;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <TextField name="name" label={text("auth.name")} autoComplete="name" required defaultValue={values.name} errors={fieldErrors("name")} />
      <TextField
        name="email"
        type="email"
        label={text("auth.email")}
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={fieldErrors("email")}
      />
      <TextField
        name="nik"
        label={text("auth.nik")}
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
        label={text("auth.birthDate")}
        autoComplete="bday"
        required
        defaultValue={values.birthDate}
        errors={fieldErrors("birthDate")}
      />
      <RadioGroup
        name="sex"
        legend={text("auth.sex")}
        defaultValue={values.sex}
        errors={fieldErrors("sex")}
        options={[
          { value: "MALE", label: text("auth.sexMale") },
          { value: "FEMALE", label: text("auth.sexFemale") },
        ]}
      />
      <TextField
        name="password"
        type="password"
        label={text("auth.password")}
        hint={text("auth.passwordHint")}
        autoComplete="new-password"
        required
        errors={fieldErrors("password")}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={text("auth.passwordConfirm")}
        autoComplete="new-password"
        required
        errors={fieldErrors("passwordConfirm")}
      />
      <CheckboxField name="consent" label={text("auth.consent")} defaultChecked={values.consent === "on"} errors={fieldErrors("consent")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("auth.registerSubmit")}
      </button>
      <AlternativeLink question={text("auth.haveAccount")} label={text("auth.signInLink")} href="/masuk" />
    </form>
  );
}
