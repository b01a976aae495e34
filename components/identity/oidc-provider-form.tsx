"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";

import type { MessageKey } from "@/lib/platform/i18n/messages";

const TEXT_FIELDS = [
  "name",
  "slug",
  "issuer",
  "clientId",
  "clientSecret",
  "scopes",
  "emailClaim",
  "nipClaim",
  "nikClaim",
  "nameClaim",
  "birthDateClaim",
] as const;

/** Admin › identity providers: register or change an OpenID Connect provider; keeps what was typed (never the secret) after an error. */
export function OidcProviderForm({
  action,
  messages,
  agencies,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  agencies: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, {
    values: { scopes: "openid email profile", emailClaim: "email", nameClaim: "name", enabled: "on" },
    fieldErrors: {},
  });
  const labels = textFrom(messages);
  const label = Object.fromEntries(
    [...TEXT_FIELDS, "audience", "agencyId", "mfaAcrValues", "mfaAmrMethods", "enabled"].map((field) => [field, labels(`oidc.field.${field}` as MessageKey)]),
  ) as Record<string, string>;
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const values = state.values;
  const field = (name: (typeof TEXT_FIELDS)[number], extra: { hint?: string; required?: boolean; type?: string } = {}) => (
    <TextField name={name} label={label[name]!} autoComplete="off" defaultValue={values[name]} errors={fieldErrors(name)} {...extra} />
  );
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {field("name", { required: true })}
      {field("slug", { required: true })}
      {field("issuer", { required: true, type: "url" })}
      {field("clientId", { required: true })}
      {field("clientSecret", { type: "password", hint: text("oidc.field.clientSecretHint") })}
      {field("scopes")}
      <SelectField
        name="audience"
        label={label.audience!}
        placeholder="—"
        defaultValue={values.audience ?? ""}
        errors={fieldErrors("audience")}
        options={(["STAFF", "CITIZENS"] as const).map((audience) => ({ value: audience, label: text(`oidc.admin.audience.${audience}`) }))}
      />
      <SelectField
        name="agencyId"
        label={label.agencyId!}
        placeholder={text("oidc.admin.allAgencies")}
        defaultValue={values.agencyId ?? ""}
        errors={fieldErrors("agencyId")}
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      />
      {field("emailClaim")}
      {field("nipClaim")}
      {field("nikClaim")}
      {field("nameClaim")}
      {field("birthDateClaim")}
      <TextField
        name="mfaAcrValues"
        label={label.mfaAcrValues!}
        hint={text("oidc.field.mfaHint")}
        autoComplete="off"
        defaultValue={values.mfaAcrValues}
        errors={fieldErrors("mfaAcrValues")}
      />
      <TextField
        name="mfaAmrMethods"
        label={label.mfaAmrMethods!}
        hint={text("oidc.field.mfaHint")}
        autoComplete="off"
        defaultValue={values.mfaAmrMethods}
        errors={fieldErrors("mfaAmrMethods")}
      />
      <CheckboxField name="enabled" value="on" label={label.enabled!} defaultChecked={values.enabled === "on"} errors={fieldErrors("enabled")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("oidc.admin.submit")}
      </button>
    </form>
  );
}
