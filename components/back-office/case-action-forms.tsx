"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, RadioGroup, SelectField, TextAreaField } from "@/components/forms/fields";
import { fieldProblem, textFrom, type FieldLabels, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { RevealState } from "@/lib/applications/back-office-actions";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };

/** One case action: its own error summary, the case version it was rendered with, and one button. */
function CaseForm({
  formId,
  action,
  messages,
  version,
  submitLabel,
  primary,
  collapsedLabel,
  labels = {},
  children,
}: {
  /** Prefixes the ids of this form's fields: a case page holds several forms with a "note". */
  formId: string;
  action: Action;
  messages: Messages;
  version: number;
  submitLabel: string;
  primary?: boolean;
  /** Shown folded behind this label until opened (decisions that need a deliberate step). */
  collapsedLabel?: string;
  /** The labels of the form's fields: its messages name the field by them. */
  labels?: FieldLabels;
  children?: (state: FormState, errors: (field: string) => string[]) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const text = textFrom(messages);
  const errors = (field: string) => fieldProblem(text, state.fieldErrors[field], labels[field]);
  const summary = [
    ...(state.formError && state.formError !== "error.invalidInput" ? [{ message: text(state.formError) }] : []),
    ...Object.keys(state.fieldErrors).flatMap((field) =>
      errors(field)
        .slice(0, 1)
        .map((message) => ({ field: `${formId}-${field}`, message })),
    ),
  ];
  const form = (
    <form action={formAction} noValidate className="mb-6">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <input type="hidden" name="version" value={version} />
      {children?.(state, errors)}
      <button type="submit" className={primary ? buttonPrimary : buttonSecondary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
  if (!collapsedLabel) return form;
  // A refused decision opens its panel again, so the reason for the refusal is seen (with or without JavaScript).
  return (
    <details className="mb-6" open={summary.length > 0}>
      <summary className="cursor-pointer font-semibold">{collapsedLabel}</summary>
      <div className="mt-4">{form}</div>
    </details>
  );
}

type Common = { action: Action; messages: Messages; version: number };

export function ButtonActionForm({ label, primary, formId, ...common }: Common & { label: string; primary?: boolean; formId: string }) {
  return <CaseForm {...common} formId={formId} submitLabel={label} primary={primary} />;
}

export function CorrectionForm({ fields, ...common }: Common & { fields: Option[] }) {
  const text = textFrom(common.messages);
  return (
    <CaseForm
      {...common}
      formId="correction"
      labels={{ fields: text("backOffice.correctionFields"), note: text("backOffice.correctionNote") }}
      collapsedLabel={text("backOffice.requestCorrection")}
      submitLabel={text("backOffice.requestCorrection")}
    >
      {(state, errors) => {
        const ticked = (state.values.fields ?? "").split(",");
        return (
          <>
            <fieldset id="correction-fields" tabIndex={-1} className="mb-4">
              <legend className="font-semibold">{text("backOffice.correctionFields")}</legend>
              {errors("fields").length ? <p className="font-semibold text-accent-500">{errors("fields").join(" ")}</p> : null}
              <div className="mt-2 grid gap-1 sm:grid-cols-2">
                {fields.map((field) => (
                  <CheckboxField key={field.value} name="fields" value={field.value} label={field.label} defaultChecked={ticked.includes(field.value)} />
                ))}
              </div>
            </fieldset>
            <TextAreaField
              name="note"
              id="correction-note"
              label={text("backOffice.correctionNote")}
              defaultValue={state.values.note}
              errors={errors("note")}
              maxLength={2000}
            />
          </>
        );
      }}
    </CaseForm>
  );
}

export function ApproveForm(common: Common) {
  const text = textFrom(common.messages);
  return (
    <CaseForm {...common} formId="approve" labels={{ note: text("backOffice.approveNote") }} primary submitLabel={text("backOffice.approve")}>
      {(state, errors) => (
        <TextAreaField
          name="note"
          id="approve-note"
          label={text("backOffice.approveNote")}
          defaultValue={state.values.note}
          errors={errors("note")}
          maxLength={2000}
        />
      )}
    </CaseForm>
  );
}

export function RejectForm({ reasons, ...common }: Common & { reasons: Option[] }) {
  const text = textFrom(common.messages);
  return (
    <CaseForm
      {...common}
      formId="reject"
      labels={{ reason: text("backOffice.rejectReason"), note: text("backOffice.rejectNote") }}
      collapsedLabel={text("backOffice.reject")}
      submitLabel={text("backOffice.reject")}
    >
      {(state, errors) => (
        <>
          <RadioGroup
            name="reason"
            id="reject-reason"
            legend={text("backOffice.rejectReason")}
            options={reasons}
            defaultValue={state.values.reason}
            errors={errors("reason")}
          />
          <TextAreaField
            name="note"
            id="reject-note"
            label={text("backOffice.rejectNote")}
            defaultValue={state.values.note}
            errors={errors("note")}
            maxLength={2000}
          />
        </>
      )}
    </CaseForm>
  );
}

export function ReassignForm({ officers, ...common }: Common & { officers: Option[] }) {
  const text = textFrom(common.messages);
  return (
    <CaseForm {...common} formId="reassign" labels={{ officerId: text("backOffice.reassignOfficer") }} submitLabel={text("backOffice.reassign")}>
      {(state, errors) => (
        <SelectField
          name="officerId"
          id="reassign-officerId"
          label={text("backOffice.reassignOfficer")}
          options={officers}
          placeholder={text("application.choose")}
          defaultValue={state.values.officerId ?? ""}
          errors={errors("officerId")}
        />
      )}
    </CaseForm>
  );
}

export function RevokeOutputForm({ label, reasonLabel, ...common }: Common & { label: string; reasonLabel: string }) {
  return (
    <CaseForm {...common} formId="revoke" labels={{ reason: reasonLabel }} submitLabel={label}>
      {(state, errors) => (
        <TextAreaField name="reason" id="revoke-reason" label={reasonLabel} defaultValue={state.values.reason} errors={errors("reason")} maxLength={500} />
      )}
    </CaseForm>
  );
}

export function NoteForm(common: Common) {
  const text = textFrom(common.messages);
  return (
    <CaseForm {...common} formId="internal" labels={{ note: text("backOffice.noteLabel") }} submitLabel={text("backOffice.addNote")}>
      {(state, errors) => (
        <TextAreaField
          name="note"
          id="internal-note"
          label={text("backOffice.noteLabel")}
          hint={text("backOffice.noteHint")}
          defaultValue={state.values.note}
          errors={errors("note")}
          maxLength={4000}
        />
      )}
    </CaseForm>
  );
}

export function ChecklistForm({ requirements, checked, ...common }: Common & { requirements: string[]; checked: number[] }) {
  const text = textFrom(common.messages);
  return (
    <CaseForm {...common} formId="checklist" submitLabel={text("backOffice.saveChecklist")}>
      {() => (
        <fieldset className="mb-4">
          <legend className="sr-only">{text("backOffice.checklist")}</legend>
          <p className="mb-2 text-sm text-slate-600">{text("backOffice.checklistHint")}</p>
          {requirements.map((requirement, index) => (
            <CheckboxField key={index} name="checked" value={String(index)} label={requirement} defaultChecked={checked.includes(index)} />
          ))}
        </fieldset>
      )}
    </CaseForm>
  );
}

export function RevealNik({ action, masked, messages }: { action: () => Promise<RevealState>; masked: string; messages: Messages }) {
  const [state, formAction, pending] = useActionState(action, {});
  const text = textFrom(messages);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <span className="font-mono" data-testid="applicant-nik">
        {state.nik ?? masked}
      </span>
      {state.nik ? null : (
        <button type="submit" className={buttonSecondary} disabled={pending}>
          {text("backOffice.revealNik")}
        </button>
      )}
      {state.formError ? <span className="font-semibold text-accent-500">{text(state.formError)}</span> : null}
    </form>
  );
}
