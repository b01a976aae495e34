"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { KioskFormState } from "@/lib/visits/actions";

type KioskAction = (previous: KioskFormState, formData: FormData) => Promise<KioskFormState>;
const EMPTY: KioskFormState = { values: {}, fieldErrors: {} };

/** The number just issued, large, with how many stand before it. */
function IssuedTicket({ state, messages, grace, locale }: { state: KioskFormState; messages: Messages; grace: number; locale: "id" | "en" }) {
  const { text } = formMessages(messages, state, {});
  if (!state.ticket) return null;
  return (
    <div role="status" className="mb-6 rounded-lg border-4 border-brand-700 bg-white p-6 text-center">
      <p className="text-xl font-semibold">{text("visit.kiosk.issued")}</p>
      <p className="my-2 font-mono text-7xl font-bold text-slate-950">{state.ticket.number}</p>
      <p className="text-lg">{text("visit.kiosk.issuedLead", { service: state.ticket.service[locale], ahead: state.ticket.ahead })}</p>
      {state.ticket.late ? <p className="mt-2 font-semibold">{text("visit.kiosk.lateNotice", { grace })}</p> : null}
    </div>
  );
}

export function KioskCheckInForm({
  action,
  messages,
  locationSlug,
  grace,
  locale,
}: {
  action: KioskAction;
  messages: Messages;
  locationSlug: string;
  grace: number;
  locale: "id" | "en";
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY);
  const label = { code: messages["visit.kiosk.code"] ?? "" };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  return (
    <form action={formAction} noValidate>
      <IssuedTicket state={state} messages={messages} grace={grace} locale={locale} />
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <input type="hidden" name="locationSlug" value={locationSlug} />
      <TextField
        name="code"
        label={label.code}
        hint={text("visit.kiosk.codeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-3 font-mono text-2xl uppercase"
        defaultValue={state.ticket ? "" : state.values.code}
        errors={fieldErrors("code")}
      />
      <button type="submit" className={`${buttonPrimary} text-xl`} disabled={pending}>
        {text("visit.kiosk.checkIn")}
      </button>
    </form>
  );
}

export function KioskTicketForm({
  action,
  messages,
  locationSlug,
  services,
  priority,
  grace,
  locale,
}: {
  action: KioskAction;
  messages: Messages;
  locationSlug: string;
  services: { value: string; label: string }[];
  priority: boolean;
  grace: number;
  locale: "id" | "en";
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY);
  const label = { serviceSlug: messages["visit.kiosk.service"] ?? "", priorityReason: messages["visit.kiosk.priorityReason"] ?? "" };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const idPrefix = priority ? "priority" : "walkin";
  return (
    <form action={formAction} noValidate>
      <IssuedTicket state={state} messages={messages} grace={grace} locale={locale} />
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      <input type="hidden" name="locationSlug" value={locationSlug} />
      <input type="hidden" name="line" value={priority ? "PRIORITY" : "WALK_IN"} />
      <SelectField
        id={`${idPrefix}-service`}
        name="serviceSlug"
        label={label.serviceSlug}
        options={services}
        defaultValue={state.values.serviceSlug}
        errors={fieldErrors("serviceSlug")}
      />
      {priority ? (
        <RadioGroup
          id="priorityReason"
          name="priorityReason"
          legend={label.priorityReason}
          options={(["ELDERLY", "PREGNANT", "DISABILITY"] as const).map((reason) => ({ value: reason, label: text(`visit.kiosk.reason.${reason}`) }))}
          defaultValue={state.values.priorityReason}
          errors={fieldErrors("priorityReason")}
        />
      ) : null}
      <button type="submit" className={`${priority ? buttonSecondary : buttonPrimary} text-xl`} disabled={pending}>
        {text(priority ? "visit.kiosk.priority" : "visit.kiosk.walkIn")}
      </button>
    </form>
  );
}
