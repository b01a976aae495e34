"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };

/** The admin changes a service's slot length, capacity and letter at one location (chosen as "location/service"). */
export function EditVisitServiceForm({ action, messages, offers }: { action: FormAction; messages: Messages; offers: Option[] }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const label = {
    offer: messages["visit.admin.offer"] ?? "",
    slotMinutes: messages["visit.admin.slotMinutes"] ?? "",
    capacityPerSlot: messages["visit.admin.capacity"] ?? "",
    ticketLetter: messages["visit.admin.letter"] ?? "",
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <SelectField id="offer" name="offer" label={label.offer} options={offers} defaultValue={state.values.offer} errors={fieldErrors("offer")} />
      <TextField name="slotMinutes" label={label.slotMinutes} inputMode="numeric" defaultValue={state.values.slotMinutes} errors={fieldErrors("slotMinutes")} />
      <TextField
        name="capacityPerSlot"
        label={label.capacityPerSlot}
        inputMode="numeric"
        defaultValue={state.values.capacityPerSlot}
        errors={fieldErrors("capacityPerSlot")}
      />
      <TextField name="ticketLetter" label={label.ticketLetter} defaultValue={state.values.ticketLetter} errors={fieldErrors("ticketLetter")} />
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {text("visit.admin.editServiceSubmit")}
      </button>
    </form>
  );
}

/** The admin renames a counter and chooses the services it serves (offered at its location; the server checks). */
export function EditVisitCounterForm({
  action,
  messages,
  counters,
  services,
}: {
  action: FormAction;
  messages: Messages;
  counters: Option[];
  services: Option[];
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const label = {
    counterId: messages["visit.admin.counter"] ?? "",
    label: messages["visit.admin.counterLabel"] ?? "",
    serviceSlugs: messages["visit.admin.counterServices"] ?? "",
  };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const chosen = new Set((state.values.serviceSlugs ?? "").split(",").filter(Boolean));
  const serviceErrors = fieldErrors("serviceSlugs");
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <SelectField
        id="counterId"
        name="counterId"
        label={label.counterId}
        options={counters}
        defaultValue={state.values.counterId}
        errors={fieldErrors("counterId")}
      />
      <TextField name="label" label={label.label} defaultValue={state.values.label} errors={fieldErrors("label")} />
      <fieldset id="serviceSlugs" tabIndex={-1} className={`mb-5 ${serviceErrors.length ? "border-l-4 border-accent-500 pl-4" : ""}`}>
        <legend className="font-semibold">{label.serviceSlugs}</legend>
        {serviceErrors.length ? <p className="font-semibold text-accent-500">{serviceErrors.join(" ")}</p> : null}
        <div className="mt-2 space-y-2">
          {services.map((service) => (
            <label key={service.value} className="flex items-center gap-2">
              <input type="checkbox" name="serviceSlugs" value={service.value} defaultChecked={chosen.has(service.value)} className="h-5 w-5" />
              {service.label}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {text("visit.admin.editCounterSubmit")}
      </button>
    </form>
  );
}
