"use client";
import { RadioGroup, SelectField, TextAreaField } from "@/components/forms/fields";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { ActionForm, type FormAction } from "./form-shell";

type Option = { value: string; label: string };
type Common = { action: FormAction; messages: Messages; version: number };

/** Verify and route: to an agency for complaints (the named one preselected), to the integrity unit's own handling for whistleblowing. */
export function RouteForm({
  agencies,
  defaultAgency,
  whistleblowing,
  ...common
}: Common & { agencies: Option[]; defaultAgency?: string; whistleblowing: boolean }) {
  const text = textFrom(common.messages);
  return (
    <ActionForm
      formId="route"
      {...common}
      labels={{ agencyCode: text("complaintsBo.routeAgency"), note: text("complaintsBo.routeNote") }}
      primary
      submitLabel={text(whistleblowing ? "complaintsBo.routeIntegrity" : "complaintsBo.route")}
    >
      {(state, errors, id) => (
        <>
          {whistleblowing ? null : (
            <SelectField
              name="agencyCode"
              id={id("agencyCode")}
              label={text("complaintsBo.routeAgency")}
              options={agencies}
              placeholder={text("complaint.form.choose")}
              defaultValue={state.values.agencyCode ?? defaultAgency ?? ""}
              errors={errors("agencyCode")}
            />
          )}
          <TextAreaField
            name="note"
            id={id("note")}
            label={text("complaintsBo.routeNote")}
            defaultValue={state.values.note}
            errors={errors("note")}
            maxLength={2000}
          />
        </>
      )}
    </ActionForm>
  );
}

export function RejectComplaintForm({ reasons, ...common }: Common & { reasons: Option[] }) {
  const text = textFrom(common.messages);
  return (
    <ActionForm
      formId="reject"
      {...common}
      labels={{ code: text("complaintsBo.rejectReason"), note: text("complaintsBo.rejectNote") }}
      submitLabel={text("complaintsBo.reject")}
    >
      {(state, errors, id) => (
        <>
          <RadioGroup
            name="code"
            id={id("code")}
            legend={text("complaintsBo.rejectReason")}
            options={reasons}
            defaultValue={state.values.code}
            errors={errors("code")}
          />
          <TextAreaField
            name="note"
            id={id("note")}
            label={text("complaintsBo.rejectNote")}
            defaultValue={state.values.note}
            errors={errors("note")}
            maxLength={2000}
          />
        </>
      )}
    </ActionForm>
  );
}

export function RespondForm(common: Common) {
  const text = textFrom(common.messages);
  return (
    <ActionForm formId="respond" {...common} labels={{ response: text("complaintsBo.respondLabel") }} primary submitLabel={text("complaintsBo.respond")}>
      {(state, errors, id) => (
        <TextAreaField
          name="response"
          id={id("response")}
          label={text("complaintsBo.respondLabel")}
          hint={text("complaintsBo.respondHint")}
          defaultValue={state.values.response}
          errors={errors("response")}
          rows={6}
          maxLength={4000}
        />
      )}
    </ActionForm>
  );
}

export function ButtonForm({ formId, label, primary, ...common }: Common & { formId: string; label: string; primary?: boolean }) {
  return <ActionForm formId={formId} {...common} primary={primary} submitLabel={label} />;
}

export function StaffNoteForm({ action, messages }: { action: FormAction; messages: Messages }) {
  const text = textFrom(messages);
  return (
    <ActionForm
      formId="internal"
      action={action}
      messages={messages}
      labels={{ note: text("complaintsBo.noteLabel") }}
      submitLabel={text("complaintsBo.addNote")}
    >
      {(state, errors, id) => (
        <TextAreaField
          name="note"
          id={id("note")}
          label={text("complaintsBo.noteLabel")}
          hint={text("complaintsBo.noteHint")}
          defaultValue={state.values.note}
          errors={errors("note")}
          maxLength={4000}
        />
      )}
    </ActionForm>
  );
}
