import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { AnswerField } from "@/lib/catalog/form-schema";
import type { Locale } from "@/lib/platform/i18n/messages";

export type ScalarInputProps = {
  field: AnswerField;
  /** The input's name and id: the field key, or `<group>.<index>.<key>` inside a group. */
  name: string;
  locale: Locale;
  value: string | undefined;
  errors: string[];
  /** Extra hint lines, e.g. "filled in from your profile". */
  notes?: string[];
  disabled?: boolean;
  choosePlaceholder: string;
};

const AUTOCOMPLETE: Partial<Record<string, string>> = {
  name: "name",
  email: "email",
  phone: "tel",
  birthDate: "bday",
  addressLine: "street-address",
  postalCode: "postal-code",
};

/** One answer's control, chosen by the field's type; labels and hints in the reader's language. */
export function ScalarInput({ field, name, locale, value, errors, notes = [], disabled, choosePlaceholder }: ScalarInputProps) {
  const label = field.label[locale];
  const hint = [field.help?.[locale], ...notes].filter(Boolean).join(" ") || undefined;
  const common = { name, label, hint, errors, disabled, required: field.required };
  const autoComplete = (field.profileBinding && AUTOCOMPLETE[field.profileBinding]) || "off";
  switch (field.type) {
    case "textarea":
      return <TextAreaField {...common} defaultValue={value} maxLength={field.maxLength} />;
    case "address":
      return <TextAreaField {...common} defaultValue={value} autoComplete={autoComplete} maxLength={500} />;
    case "number":
      return <TextField {...common} defaultValue={value} inputMode={field.integer ? "numeric" : "decimal"} />;
    case "date":
      return <TextField {...common} type="date" defaultValue={value} autoComplete={autoComplete} />;
    case "nik":
      return <TextField {...common} defaultValue={value} inputMode="numeric" maxLength={20} autoComplete="off" />;
    case "phone":
      return <TextField {...common} type="tel" defaultValue={value} autoComplete="tel" />;
    case "email":
      return <TextField {...common} type="email" defaultValue={value} autoComplete="email" />;
    case "select":
      return (
        <SelectField
          {...common}
          defaultValue={value ?? ""}
          placeholder={choosePlaceholder}
          options={field.options.map((option) => ({ value: option.value, label: option.label[locale] }))}
        />
      );
    case "radio":
      return (
        <RadioGroup
          name={name}
          legend={label}
          hint={hint}
          errors={errors}
          disabled={disabled}
          defaultValue={value}
          options={field.options.map((option) => ({ value: option.value, label: option.label[locale] }))}
        />
      );
    case "checkbox":
      return <CheckboxField name={name} label={label} errors={errors} disabled={disabled} defaultChecked={value === "on" || value === "true"} />;
    case "text":
      return <TextField {...common} defaultValue={value} maxLength={field.maxLength} autoComplete={autoComplete} />;
  }
}
