"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";

type Current = Record<"phone" | "birthPlace" | "addressLine" | "village" | "district" | "regency" | "province" | "postalCode", string> & {
  kkNumberMasked: string | null;
};

const FIELDS: {
  name: Exclude<keyof Current, "kkNumberMasked"> | "kkNumber";
  label: MessageKey;
  hint?: MessageKey;
  autoComplete?: string;
  inputMode?: "tel" | "numeric";
}[] = [
  { name: "phone", label: "profile.phone", hint: "profile.phoneHint", autoComplete: "tel", inputMode: "tel" },
  { name: "kkNumber", label: "profile.kkNumber", inputMode: "numeric" },
  { name: "birthPlace", label: "profile.birthPlace" },
  { name: "addressLine", label: "profile.addressLine", hint: "profile.addressLineHint", autoComplete: "address-line1" },
  { name: "village", label: "profile.village" },
  { name: "district", label: "profile.district" },
  { name: "regency", label: "profile.regency", autoComplete: "address-level2" },
  { name: "province", label: "profile.province", autoComplete: "address-level1" },
  { name: "postalCode", label: "profile.postalCode", hint: "profile.postalCodeHint", autoComplete: "postal-code", inputMode: "numeric" },
];

/** Contact details on /akun/profil: starts from the stored values, and keeps what was typed when the server refuses it. */
export function ProfileForm({
  action,
  messages,
  current,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  current: Current;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const labels = textFrom(messages);
  const { text, fieldErrors, summary } = formMessages(messages, state, Object.fromEntries(FIELDS.map((field) => [field.name, labels(field.label)])));
  const submitted = Object.keys(state.values).length > 0;
  const kkHint = current.kkNumberMasked ? text("profile.kkNumberHintStored", { masked: current.kkNumberMasked }) : text("profile.kkNumberHint");
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={text(field.label)}
          hint={field.name === "kkNumber" ? kkHint : field.hint ? text(field.hint) : undefined}
          autoComplete={field.autoComplete ?? "off"}
          inputMode={field.inputMode}
          defaultValue={submitted ? (state.values[field.name] ?? "") : field.name === "kkNumber" ? "" : current[field.name]}
          errors={fieldErrors(field.name)}
        />
      ))}
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {text("profile.save")}
      </button>
    </form>
  );
}
