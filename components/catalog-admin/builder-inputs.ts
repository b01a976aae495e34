import { PROFILE_BINDINGS } from "@/lib/identity/profile-bindings";
import type { DraftField, DraftForm } from "@/lib/catalog/draft";
import { FIELD_TYPES } from "@/lib/catalog/field-input";
import { allFieldKeys } from "@/lib/catalog/form-builder";
import type { Translator } from "@/lib/platform/i18n/messages";
import type { InputSpec } from "./spec-form";

export function sectionInputs(t: Translator): InputSpec[] {
  return [
    { kind: "text", name: "title.id", label: t("catalogAdmin.form.field.titleId"), required: true },
    { kind: "text", name: "title.en", label: t("catalogAdmin.form.field.titleEn"), required: true },
    { kind: "text", name: "key", label: t("catalogAdmin.form.field.key"), hint: t("catalogAdmin.form.field.keyHint"), required: true },
  ];
}

/** What a new field needs to exist; everything else is set in its editor. */
export function newFieldInputs(t: Translator, options: { inGroup: boolean }): InputSpec[] {
  return [
    {
      kind: "select",
      name: "type",
      label: t("catalogAdmin.form.field.type"),
      options: FIELD_TYPES.filter((type) => !(options.inGroup && type === "group")).map((type) => ({
        value: type,
        label: t(`catalogAdmin.form.type.${type}`),
      })),
    },
    { kind: "text", name: "label.id", label: t("catalogAdmin.form.field.labelId"), required: true },
    { kind: "text", name: "label.en", label: t("catalogAdmin.form.field.labelEn"), required: true },
    { kind: "text", name: "key", label: t("catalogAdmin.form.field.key"), hint: t("catalogAdmin.form.field.keyHint"), required: true },
    { kind: "checkbox", name: "required", label: t("catalogAdmin.field.required") },
  ];
}

/** The field editor's inputs: the common ones, then those of the field's type. */
export function fieldEditorInputs(field: DraftField, form: DraftForm, t: Translator): InputSpec[] {
  const others = allFieldKeys(form).filter((key) => key !== field.key);
  const common: InputSpec[] = [
    { kind: "heading", text: `${t("catalogAdmin.field.basics")}: ${t(`catalogAdmin.form.type.${field.type}` as Parameters<Translator>[0])}` },
    { kind: "text", name: "label.id", label: t("catalogAdmin.form.field.labelId"), required: true },
    { kind: "text", name: "label.en", label: t("catalogAdmin.form.field.labelEn"), required: true },
    { kind: "text", name: "key", label: t("catalogAdmin.form.field.key"), hint: t("catalogAdmin.form.field.keyHint"), required: true },
    { kind: "textarea", name: "help.id", label: t("catalogAdmin.field.helpId"), rows: 2 },
    { kind: "textarea", name: "help.en", label: t("catalogAdmin.field.helpEn"), rows: 2 },
    { kind: "checkbox", name: "required", label: t("catalogAdmin.field.required") },
    ...(field.type === "group" || field.type === "file"
      ? []
      : [
          {
            kind: "select",
            name: "profileBinding",
            label: t("catalogAdmin.field.profileBinding"),
            options: PROFILE_BINDINGS.map((binding) => ({ value: binding, label: t(`catalogAdmin.binding.${binding}`) })),
            placeholder: t("catalogAdmin.field.noBinding"),
          } as const,
        ]),
    { kind: "heading", text: t("catalogAdmin.field.visibility") },
    {
      kind: "select",
      name: "visibleWhen.field",
      label: t("catalogAdmin.field.visibleWhenField"),
      options: others.map((key) => ({ value: key, label: key })),
      placeholder: t("catalogAdmin.field.visibleWhenNone"),
    },
    { kind: "text", name: "visibleWhen.equals", label: t("catalogAdmin.field.visibleWhenEquals"), hint: t("catalogAdmin.field.visibleWhenEqualsHint") },
  ];
  const rules = typeRules(field.type, t);
  return [...common, ...(rules.length ? [{ kind: "heading", text: t("catalogAdmin.field.validation") } as const, ...rules] : [])];
}

function typeRules(type: string, t: Translator): InputSpec[] {
  const number = (name: string, label: string): InputSpec => ({ kind: "text", name, label, inputMode: "decimal" });
  switch (type) {
    case "text":
      return [
        number("minLength", t("catalogAdmin.field.minLength")),
        number("maxLength", t("catalogAdmin.field.maxLength")),
        { kind: "text", name: "pattern", label: t("catalogAdmin.field.pattern"), hint: t("catalogAdmin.field.patternHint") },
      ];
    case "textarea":
      return [number("maxLength", t("catalogAdmin.field.maxLength"))];
    case "number":
      return [
        number("min", t("catalogAdmin.field.min")),
        number("max", t("catalogAdmin.field.max")),
        { kind: "checkbox", name: "integer", label: t("catalogAdmin.field.integer") },
      ];
    case "date":
      return [
        { kind: "checkbox", name: "notInFuture", label: t("catalogAdmin.field.notInFuture") },
        { kind: "checkbox", name: "notInPast", label: t("catalogAdmin.field.notInPast") },
        { kind: "checkbox", name: "workingDay", label: t("catalogAdmin.field.workingDay") },
      ];
    case "select":
    case "radio":
      return [{ kind: "textarea", name: "options", label: t("catalogAdmin.field.options"), hint: t("catalogAdmin.field.optionsHint"), rows: 5 }];
    case "file":
      return [
        { kind: "heading", text: t("catalogAdmin.field.accept") },
        { kind: "checkbox", name: "accept.pdf", label: "PDF" },
        { kind: "checkbox", name: "accept.jpeg", label: "JPEG" },
        { kind: "checkbox", name: "accept.png", label: "PNG" },
        number("maxSizeMb", t("catalogAdmin.field.maxSizeMb")),
        { kind: "text", name: "documentType", label: t("catalogAdmin.field.documentType"), hint: t("catalogAdmin.field.documentTypeHint") },
      ];
    case "group":
      return [
        { kind: "text", name: "itemLabel.id", label: t("catalogAdmin.field.itemLabelId"), required: true },
        { kind: "text", name: "itemLabel.en", label: t("catalogAdmin.field.itemLabelEn"), required: true },
        number("minItems", t("catalogAdmin.field.minItems")),
        number("maxItems", t("catalogAdmin.field.maxItems")),
      ];
    default:
      return [];
  }
}
