/**
 * The form builder's field editor: posted values in, one field out, checked by
 * the runtime's own field schema (formFieldSchema). Inputs are named after
 * the field's properties ("label.id", "visibleWhen.field"), so an issue's
 * path names the input it belongs to. Pure.
 */
import { PROFILE_BINDINGS } from "@/lib/identity/profile-bindings";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { definitionIssueMessage, flatIssues } from "./definition-issues";
import type { DraftField, DraftForm } from "./draft";
import { ALLOWED_UPLOAD_TYPES, formFieldSchema } from "./form-definition";
import { allFieldKeys } from "./form-builder";

export const FIELD_TYPES = ["text", "textarea", "number", "date", "select", "radio", "checkbox", "nik", "phone", "email", "address", "file", "group"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const UPLOAD_TYPE_INPUTS = { pdf: "application/pdf", jpeg: "image/jpeg", png: "image/png" } as const satisfies Record<
  string,
  (typeof ALLOWED_UPLOAD_TYPES)[number]
>;

export function isFieldType(value: unknown): value is FieldType {
  return typeof value === "string" && (FIELD_TYPES as readonly string[]).includes(value);
}

type Values = Record<string, string | undefined>;
/** The field as typed, and its problems by input name (none: it may be saved). */
export type FieldInputResult = { field: DraftField; fieldErrors: Record<string, MessageKey[]> };

const text = (values: Values, name: string) => (values[name] ?? "").trim();
const checked = (values: Values, name: string) => values[name] === "on" || values[name] === "true";

function localized(values: Values, name: string, optional = false) {
  const id = text(values, `${name}.id`);
  const en = text(values, `${name}.en`);
  if (optional && !id && !en) return undefined;
  return { id, en };
}

/** A number input: empty means "not set"; anything unreadable is kept as text so the schema rejects it. */
function numberOrText(values: Values, name: string): number | string | undefined {
  const raw = text(values, name);
  if (!raw) return undefined;
  const number = Number(raw.replace(",", "."));
  return Number.isFinite(number) ? number : raw;
}

/** Options, one a line: "value | label id | label en". */
export function parseOptions(raw: string) {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [value = "", id = "", en = ""] = line.split("|").map((part) => part.trim());
      return { value, label: { id, en } };
    });
}

export function formatOptions(options: unknown): string {
  if (!Array.isArray(options)) return "";
  return options
    .map((option: { value?: string; label?: { id?: string; en?: string } }) => [option.value, option.label?.id, option.label?.en].join(" | "))
    .join("\n");
}

function typeSpecific(type: FieldType, values: Values): Record<string, unknown> {
  switch (type) {
    case "text":
      return { minLength: numberOrText(values, "minLength"), maxLength: numberOrText(values, "maxLength"), pattern: text(values, "pattern") || undefined };
    case "textarea":
      return { maxLength: numberOrText(values, "maxLength") };
    case "number":
      return { min: numberOrText(values, "min"), max: numberOrText(values, "max"), integer: checked(values, "integer") };
    case "date":
      return { notInFuture: checked(values, "notInFuture"), notInPast: checked(values, "notInPast"), workingDay: checked(values, "workingDay") };
    case "select":
    case "radio":
      return { options: parseOptions(values.options ?? "") };
    case "file":
      return {
        accept: Object.entries(UPLOAD_TYPE_INPUTS).flatMap(([name, mime]) => (checked(values, `accept.${name}`) ? [mime] : [])),
        maxSizeMb: numberOrText(values, "maxSizeMb") ?? 5,
        documentType: text(values, "documentType") || undefined,
      };
    case "group":
      return {
        minItems: numberOrText(values, "minItems") ?? 0,
        maxItems: numberOrText(values, "maxItems") ?? 20,
        itemLabel: localized(values, "itemLabel"),
      };
    default:
      return {};
  }
}

/** Where an issue is shown: options and file types are one input each. */
function inputName(path: PropertyKey[]): string {
  const [first] = path;
  if (first === "options" || first === "accept") return String(first);
  return path.map(String).join(".") || "key";
}

/**
 * Builds a field from the editor's inputs. `existing` keeps what the editor
 * does not show (a group's member fields); `form` resolves visibleWhen.
 */
export function fieldFromInput(values: Values, form: DraftForm, existing?: DraftField): FieldInputResult {
  const type = existing?.type === "group" ? "group" : values.type;
  if (!isFieldType(type)) return { field: { key: text(values, "key"), type: "text" }, fieldErrors: { type: ["catalogAdmin.error.choiceInvalid"] } };
  const binding = text(values, "profileBinding");
  const whenField = text(values, "visibleWhen.field");
  const whenTarget = form.sections.flatMap((s) => s.fields.flatMap((f) => [f, ...(f.fields ?? [])])).find((f) => f.key === whenField);
  const whenRaw = text(values, "visibleWhen.equals");
  const field: Record<string, unknown> = {
    key: text(values, "key"),
    type,
    label: localized(values, "label"),
    help: localized(values, "help", true),
    required: checked(values, "required"),
    profileBinding: binding || undefined,
    visibleWhen: whenField ? { field: whenField, equals: whenTarget?.type === "checkbox" ? whenRaw === "true" : whenRaw } : undefined,
    ...typeSpecific(type, values),
  };
  if (type === "group") field.fields = existing?.fields ?? [];

  const fieldErrors: Record<string, MessageKey[]> = {};
  const add = (name: string, message: MessageKey) => {
    if (!fieldErrors[name]?.includes(message)) (fieldErrors[name] ??= []).push(message);
  };
  const parsed = formFieldSchema.safeParse(field);
  if (!parsed.success) {
    for (const issue of flatIssues(parsed.error.issues)) {
      // A new group has no members yet: they are added on its own page.
      if (type === "group" && issue.path[0] === "fields") continue;
      add(inputName(issue.path), definitionIssueMessage(issue));
    }
  }
  if (binding && !(PROFILE_BINDINGS as readonly string[]).includes(binding)) add("profileBinding", "catalogAdmin.error.choiceInvalid");
  if (whenField && (!whenTarget || whenField === field.key)) add("visibleWhen.field", "catalogAdmin.error.visibleWhenUnknown");
  if (typeof field.pattern === "string" && !patternCompiles(field.pattern)) add("pattern", "catalogAdmin.error.patternInvalid");
  const key = field.key as string;
  if (key && key !== existing?.key && allFieldKeys(form).includes(key)) add("key", "catalogAdmin.error.duplicateKey");
  // Keep the stored shape minimal: what the admin left empty is not written.
  return { field: JSON.parse(JSON.stringify(field)) as DraftField, fieldErrors };
}

export function patternCompiles(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`, "u");
    return true;
  } catch {
    return false;
  }
}

/** The editor's inputs for a stored field: the inverse of fieldFromInput. */
export function inputFromField(field: DraftField): Record<string, string> {
  const values: Record<string, string> = { key: field.key, type: field.type };
  const put = (name: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== "") values[name] = typeof value === "boolean" ? (value ? "on" : "") : String(value);
  };
  const loc = (name: string, value: unknown) => {
    const text = value as { id?: string; en?: string } | undefined;
    put(`${name}.id`, text?.id);
    put(`${name}.en`, text?.en);
  };
  loc("label", field.label);
  loc("help", field.help);
  loc("itemLabel", field.itemLabel);
  put("required", field.required ?? true);
  put("profileBinding", field.profileBinding);
  const when = field.visibleWhen as { field?: string; equals?: unknown } | undefined;
  put("visibleWhen.field", when?.field);
  put("visibleWhen.equals", when?.equals === undefined ? undefined : String(when.equals));
  for (const name of ["minLength", "maxLength", "pattern", "min", "max", "maxSizeMb", "documentType", "minItems", "maxItems"]) put(name, field[name]);
  for (const name of ["integer", "notInFuture", "notInPast", "workingDay"]) put(name, field[name]);
  if (field.options) values.options = formatOptions(field.options);
  if (Array.isArray(field.accept)) {
    for (const [name, mime] of Object.entries(UPLOAD_TYPE_INPUTS)) if ((field.accept as string[]).includes(mime)) values[`accept.${name}`] = "on";
  }
  return values;
}
