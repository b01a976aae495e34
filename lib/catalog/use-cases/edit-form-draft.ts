import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { DraftForm } from "../draft";
import { fieldFromInput } from "../field-input";
import {
  appendField,
  appendSection,
  fieldAt,
  moveField,
  moveSection,
  parseAddress,
  removeField,
  removeSection,
  replaceField,
  updateSection,
  type FieldAddress,
} from "../form-builder";
import { editServiceDraft, type AdminContext } from "./catalog-writes";

/** One form builder edit, as the builder's buttons and editors post it. */
export type FormEdit =
  | { kind: "addSection"; values: Record<string, string> }
  | { kind: "updateSection"; section: number; values: Record<string, string> }
  | { kind: "moveSection" | "moveField"; target: string; direction: "up" | "down" }
  | { kind: "removeSection" | "removeField"; target: string }
  | { kind: "addField"; section: number; group?: number; values: Record<string, string> }
  | { kind: "updateField"; target: string; values: Record<string, string> };

/** Only what identifies a new field is checked when it is added; the rest is set in its editor. */
const ADD_FIELD_INPUTS = ["key", "type", "label.id", "label.en"];

const invalid = (fieldErrors: Record<string, MessageKey[]>) => new AppError("INVALID", "error.invalidInput", fieldErrors);

function address(target: string): FieldAddress {
  const parsed = parseAddress(target);
  if (!parsed) throw new AppError("CONFLICT", "catalogAdmin.error.staleDraft");
  return parsed;
}

function sectionInput(values: Record<string, string>) {
  const section = { key: (values.key ?? "").trim(), title: { id: (values["title.id"] ?? "").trim(), en: (values["title.en"] ?? "").trim() } };
  const fieldErrors: Record<string, MessageKey[]> = {};
  if (!/^[a-z][a-zA-Z0-9]*$/.test(section.key)) fieldErrors.key = ["catalogAdmin.error.fieldKey"];
  if (!section.title.id) fieldErrors["title.id"] = ["catalogAdmin.error.textRequired"];
  if (!section.title.en) fieldErrors["title.en"] = ["catalogAdmin.error.textRequired"];
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  return section;
}

function applyEdit(form: DraftForm, edit: FormEdit): DraftForm | null {
  switch (edit.kind) {
    case "addSection": {
      const section = sectionInput(edit.values);
      if (form.sections.some((existing) => existing.key === section.key)) throw invalid({ key: ["catalogAdmin.error.duplicateKey"] });
      return appendSection(form, { ...section, fields: [] });
    }
    case "updateSection": {
      const section = sectionInput(edit.values);
      if (form.sections.some((existing, index) => index !== edit.section && existing.key === section.key)) {
        throw invalid({ key: ["catalogAdmin.error.duplicateKey"] });
      }
      return updateSection(form, edit.section, section);
    }
    case "moveSection":
      return moveSection(form, Number(edit.target), edit.direction);
    case "removeSection":
      return removeSection(form, Number(edit.target));
    case "moveField":
      return moveField(form, address(edit.target), edit.direction);
    case "removeField":
      return removeField(form, address(edit.target));
    case "addField": {
      const { field, fieldErrors } = fieldFromInput({ required: "on", ...edit.values }, form);
      const blocking = Object.fromEntries(Object.entries(fieldErrors).filter(([name]) => ADD_FIELD_INPUTS.includes(name)));
      if (edit.group !== undefined && field.type === "group") blocking.type = ["catalogAdmin.error.groupInGroup"];
      if (Object.keys(blocking).length) throw invalid(blocking);
      return appendField(form, edit.section, field, edit.group);
    }
    case "updateField": {
      const at = address(edit.target);
      const existing = fieldAt(form, at);
      if (!existing) return null;
      const { field, fieldErrors } = fieldFromInput(edit.values, form, existing);
      if (at.sub !== undefined && field.type === "group") fieldErrors.type = ["catalogAdmin.error.groupInGroup"];
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
      return replaceField(form, at, field);
    }
  }
}

/** Applies one form builder edit to the service's draft form (never to a published version). */
export async function editFormDraft(
  actor: Actor,
  serviceId: string,
  input: { revision: number; edit: FormEdit },
  context: AdminContext,
): Promise<{ revision: number }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const draft = await db.$transaction((tx) =>
    editServiceDraft(
      tx,
      admin,
      { serviceId, revision: input.revision, action: "service.formDraftEdited", ip: context.ip, data: { edit: input.edit.kind } },
      (current) => {
        const form = applyEdit(current.formDefinition, input.edit);
        return form ? { ...current, formDefinition: form } : null;
      },
    ),
  );
  return { revision: draft.revision };
}
