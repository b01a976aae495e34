"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type SlotDay = { date: string; label: string; slots: { id: string; label: string }[] };

/**
 * The free slots grouped by day as radio buttons, and one submit: a plain
 * form post, so booking works without JavaScript. A refusal (the slot filled
 * meanwhile) comes back with the choice kept.
 */
export function BookVisitForm({
  action,
  messages,
  days,
  hidden,
  submitLabel,
}: {
  action: FormAction;
  messages: Messages;
  days: SlotDay[];
  hidden: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const { text, fieldErrors, summary } = formMessages(messages, state, { slotId: messages["visit.slotsTitle"] ?? "" });
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {days.map((day, index) => (
        <RadioGroup
          key={day.date}
          id={index === 0 ? "slotId" : `slotId-${day.date}`}
          name="slotId"
          legend={text("visit.slotLegend", { date: day.label })}
          errors={index === 0 ? fieldErrors("slotId") : []}
          options={day.slots.map((slot) => ({ value: slot.id, label: slot.label }))}
          defaultValue={state.values.slotId}
        />
      ))}
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

/**
 * A form of hidden fields and buttons (cancel, join the waiting list, call
 * next, served…), with the error summary when the action refuses. Each
 * button may carry its own `name=value` (which of served / no-show was pressed).
 */
export function VisitActionForm({
  action,
  messages,
  hidden,
  children,
  className,
}: {
  action: FormAction;
  messages: Messages;
  hidden: Record<string, string>;
  children: ReactNode;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const { text, summary } = formMessages(messages, state, {});
  return (
    <form action={formAction} className={className}>
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
