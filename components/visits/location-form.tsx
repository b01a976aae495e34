"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { formMessages, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";

const FIELDS = [
  "slug",
  "nameId",
  "nameEn",
  "address",
  "timezone",
  "weekdays",
  "opens",
  "closes",
  "breakFrom",
  "breakTo",
  "walkInSharePercent",
  "serviceSlug",
  "slotMinutes",
  "capacityPerSlot",
  "ticketLetter",
  "counterLabels",
] as const;
const LABEL_KEYS = {
  slug: "visit.admin.slug",
  nameId: "visit.admin.nameId",
  nameEn: "visit.admin.nameEn",
  address: "visit.admin.address",
  timezone: "visit.admin.timezone",
  weekdays: "visit.admin.weekdays",
  opens: "visit.admin.opens",
  closes: "visit.admin.closes",
  breakFrom: "visit.admin.breakFrom",
  breakTo: "visit.admin.breakTo",
  walkInSharePercent: "visit.admin.walkInShare",
  serviceSlug: "visit.admin.serviceSlug",
  slotMinutes: "visit.admin.slotMinutes",
  capacityPerSlot: "visit.admin.capacity",
  ticketLetter: "visit.admin.letter",
  counterLabels: "visit.admin.counterLabels",
} as const;

/** The admin's location form: plain fields and checkboxes, a plain post. */
export function VisitLocationForm({
  action,
  messages,
  services,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  services: { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const label = Object.fromEntries(FIELDS.map((field) => [field, messages[LABEL_KEYS[field]] ?? field])) as Record<(typeof FIELDS)[number], string>;
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const value = (field: string, fallback = "") => state.values[field] ?? fallback;
  const chosenDays = new Set((state.values.weekdays ?? "1,2,3,4,5").split(","));
  const weekdayErrors = fieldErrors("weekdays");
  const input = (field: (typeof FIELDS)[number], extra: Record<string, string> = {}, fallback = "") => (
    <TextField name={field} label={label[field]} defaultValue={value(field, fallback)} errors={fieldErrors(field)} {...extra} />
  );
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {input("slug", { autoComplete: "off" })}
      {input("nameId")}
      {input("nameEn")}
      {input("address")}
      <SelectField
        name="timezone"
        label={label.timezone}
        defaultValue={value("timezone", "Asia/Jakarta")}
        options={[
          { value: "Asia/Jakarta", label: "WIB (Asia/Jakarta)" },
          { value: "Asia/Makassar", label: "WITA (Asia/Makassar)" },
          { value: "Asia/Jayapura", label: "WIT (Asia/Jayapura)" },
        ]}
        errors={fieldErrors("timezone")}
      />
      <fieldset id="weekdays" tabIndex={-1} className={`mb-5 ${weekdayErrors.length ? "border-l-4 border-accent-500 pl-4" : ""}`}>
        <legend className="font-semibold">{label.weekdays}</legend>
        {weekdayErrors.length ? <p className="font-semibold text-accent-500">{weekdayErrors.join(" ")}</p> : null}
        <div className="mt-2 flex flex-wrap gap-4">
          {["1", "2", "3", "4", "5", "6", "0"].map((day) => (
            <label key={day} className="flex items-center gap-2">
              <input type="checkbox" name="weekdays" value={day} defaultChecked={chosenDays.has(day)} className="h-5 w-5" />
              {text(`visit.weekday.${day as "0"}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {input("opens", {}, "08:00")}
      {input("closes", {}, "15:00")}
      {input("breakFrom", {}, "12:00")}
      {input("breakTo", {}, "13:00")}
      {input("walkInSharePercent", { inputMode: "numeric" }, "25")}
      <SelectField name="serviceSlug" label={label.serviceSlug} defaultValue={value("serviceSlug")} options={services} errors={fieldErrors("serviceSlug")} />
      {input("slotMinutes", { inputMode: "numeric" }, "30")}
      {input("capacityPerSlot", { inputMode: "numeric" }, "2")}
      {input("ticketLetter", {}, "A")}
      {input("counterLabels", {}, "Loket 1")}
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("visit.admin.submit")}
      </button>
    </form>
  );
}
