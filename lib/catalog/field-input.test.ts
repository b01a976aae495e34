import { describe, expect, it } from "vitest";
import type { DraftForm } from "./draft";
import { fieldFromInput, inputFromField } from "./field-input";
import { formFieldSchema } from "./form-definition";

const form: DraftForm = {
  sections: [
    {
      key: "data",
      title: { id: "Data", en: "Data" },
      fields: [
        { key: "hasBusiness", type: "checkbox", label: { id: "Punya usaha", en: "Has a business" } },
        { key: "kind", type: "radio", label: { id: "Jenis", en: "Kind" }, options: [] },
      ],
    },
  ],
};
const base = { key: "businessName", type: "text", "label.id": "Nama usaha", "label.en": "Business name", required: "on" };

describe("the field editor's inputs", () => {
  it("keeps the working-day rule of a date field, both ways", () => {
    const { field, fieldErrors } = fieldFromInput(
      { key: "visitDate", type: "date", "label.id": "Tanggal datang", "label.en": "Visit date", required: "on", notInPast: "on", workingDay: "on" },
      form,
    );
    expect(fieldErrors).toEqual({});
    expect(formFieldSchema.parse(field)).toMatchObject({ type: "date", notInPast: true, workingDay: true });
    expect(inputFromField(field!)).toMatchObject({ workingDay: "on", notInPast: "on" });
  });

  it("builds a field the runtime schema accepts, with rules, binding and a checkbox condition", () => {
    const { field, fieldErrors } = fieldFromInput(
      {
        ...base,
        maxLength: "80",
        pattern: "[A-Za-z ]+",
        profileBinding: "name",
        "visibleWhen.field": "hasBusiness",
        "visibleWhen.equals": "true",
        "help.id": "",
        "help.en": "",
      },
      form,
    );
    expect(fieldErrors).toEqual({});
    expect(field).toEqual({
      key: "businessName",
      type: "text",
      label: { id: "Nama usaha", en: "Business name" },
      required: true,
      profileBinding: "name",
      visibleWhen: { field: "hasBusiness", equals: true },
      maxLength: 80,
      pattern: "[A-Za-z ]+",
    });
    expect(formFieldSchema.safeParse(field).success).toBe(true);
  });

  it("reads options one a line and file types from their boxes", () => {
    const select = fieldFromInput({ ...base, type: "select", options: "baru | Baru | New\n\nganti | Ganti | Replacement" }, form);
    expect(select.field.options).toEqual([
      { value: "baru", label: { id: "Baru", en: "New" } },
      { value: "ganti", label: { id: "Ganti", en: "Replacement" } },
    ]);
    const file = fieldFromInput({ ...base, type: "file", "accept.pdf": "on", "accept.png": "on", maxSizeMb: "2" }, form);
    expect(file.fieldErrors).toEqual({});
    expect(file.field).toMatchObject({ accept: ["application/pdf", "image/png"], maxSizeMb: 2 });
    expect(fieldFromInput({ ...base, type: "file", maxSizeMb: "50" }, form).fieldErrors).toEqual({
      accept: ["catalogAdmin.error.noFileTypes"],
      maxSizeMb: ["catalogAdmin.error.numberInvalid"],
    });
  });

  it("takes a file field's document type, so the citizen's wallet can meet it, and names a malformed one", () => {
    const file = fieldFromInput({ ...base, type: "file", "accept.pdf": "on", documentType: " kartu-keluarga " }, form);
    expect(file.fieldErrors).toEqual({});
    expect(file.field.documentType).toBe("kartu-keluarga");
    expect(inputFromField(file.field).documentType).toBe("kartu-keluarga");
    expect(fieldFromInput({ ...base, type: "file", "accept.pdf": "on" }, form).field).not.toHaveProperty("documentType");
    expect(fieldFromInput({ ...base, type: "file", "accept.pdf": "on", documentType: "Kartu Keluarga" }, form).fieldErrors).toEqual({
      documentType: ["catalogAdmin.error.documentType"],
    });
  });

  it("names each problem by its input, in catalog messages", () => {
    const { fieldErrors } = fieldFromInput(
      { ...base, key: "hasBusiness", "label.en": " ", minLength: "abc", pattern: "([", "visibleWhen.field": "missing" },
      form,
    );
    expect(fieldErrors).toEqual({
      "label.en": ["catalogAdmin.error.textRequired"],
      minLength: ["catalogAdmin.error.numberInvalid"],
      "visibleWhen.field": ["catalogAdmin.error.visibleWhenUnknown"],
      pattern: ["catalogAdmin.error.patternInvalid"],
      key: ["catalogAdmin.error.duplicateKey"],
    });
  });

  it("round-trips a stored field through the editor unchanged", () => {
    const stored = {
      key: "members",
      type: "group",
      label: { id: "Anggota", en: "Members" },
      required: false,
      minItems: 1,
      maxItems: 5,
      itemLabel: { id: "Anggota", en: "Member" },
      fields: [{ key: "memberName", type: "text", label: { id: "Nama", en: "Name" } }],
    };
    const { field, fieldErrors } = fieldFromInput(inputFromField(stored), form, stored);
    expect(fieldErrors).toEqual({});
    expect(field).toEqual(stored);
  });
});
