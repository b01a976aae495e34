"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import { MEMBERSHIP_ROLES, STAFF_ROLES } from "@/lib/staff/access-rules";

export type AgencyOption = { id: string; label: string };

/**
 * Invite a staff member (with name and email) or change one's access: a
 * checkbox per role and, per agency, the role held there. Works without JavaScript.
 */
export function StaffForm({
  action,
  messages,
  agencies,
  submitLabel,
  withIdentity,
  initialValues = {},
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  agencies: AgencyOption[];
  submitLabel: string;
  withIdentity: boolean;
  initialValues?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, fieldErrors: {} });
  const labels = textFrom(messages);
  const label = {
    ...(withIdentity ? { name: labels("staff.field.name"), email: labels("staff.field.email"), nip: labels("staff.field.nip") } : {}),
    roles: labels("staff.field.roles"),
    memberships: labels("staff.field.memberships"),
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const values = state.values;
  const errorText = (field: string) => fieldErrors(field);
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {withIdentity ? (
        <>
          <TextField name="name" label={label.name!} required maxLength={120} autoComplete="off" defaultValue={values.name} errors={errorText("name")} />
          <TextField name="email" type="email" label={label.email!} required autoComplete="off" defaultValue={values.email} errors={errorText("email")} />
          <NipField label={label.nip!} hint={labels("staff.field.nipHint")} defaultValue={values.nip} errors={errorText("nip")} />
        </>
      ) : null}
      <fieldset id="roles" tabIndex={-1} className="mb-6" aria-describedby={errorText("roles").length ? "roles-error" : undefined}>
        <legend className="mb-2 font-semibold text-slate-900">{text("staff.field.roles")}</legend>
        {errorText("roles").length ? (
          <p id="roles-error" className="mb-2 font-semibold text-accent-500">
            {errorText("roles").join(" ")}
          </p>
        ) : null}
        {STAFF_ROLES.map((role) => (
          <CheckboxField key={role} name={`role.${role}`} label={text(`role.${role}`)} defaultChecked={values[`role.${role}`] === "on"} />
        ))}
      </fieldset>
      <fieldset id="memberships" tabIndex={-1} className="mb-6" aria-describedby={errorText("memberships").length ? "memberships-error" : "memberships-hint"}>
        <legend className="font-semibold text-slate-900">{text("staff.field.memberships")}</legend>
        <p id="memberships-hint" className="mb-2 text-sm text-slate-600">
          {text("staff.field.membershipsHint")}
        </p>
        {errorText("memberships").length ? (
          <p id="memberships-error" className="mb-2 font-semibold text-accent-500">
            {errorText("memberships").join(" ")}
          </p>
        ) : null}
        {agencies.map((agency) => (
          <SelectField
            key={agency.id}
            name={`membership.${agency.id}`}
            label={agency.label}
            defaultValue={values[`membership.${agency.id}`] ?? ""}
            placeholder={text("staff.membership.none")}
            options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: text(`role.${role}`) }))}
          />
        ))}
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

/** The NIP (18 digits, optional) of an invitation and of an existing staff member. */
function NipField({ label, hint, defaultValue, errors }: { label: string; hint: string; defaultValue?: string; errors: string[] }) {
  return <TextField name="nip" label={label} hint={hint} inputMode="numeric" maxLength={18} autoComplete="off" defaultValue={defaultValue} errors={errors} />;
}

/** Set, correct or clear an existing staff member's NIP (setStaffNip). Works without JavaScript. */
export function StaffNipForm({
  action,
  messages,
  currentNip,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  currentNip: string | null;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: { nip: currentNip ?? "" }, fieldErrors: {} });
  const labels = textFrom(messages);
  const { text, fieldErrors, summary } = formMessages(messages, state, { nip: labels("staff.field.nip") });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <NipField label={labels("staff.field.nip")} hint={labels("staff.field.nipChangeHint")} defaultValue={state.values.nip} errors={fieldErrors("nip")} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
