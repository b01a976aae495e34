import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { services } from "@/prisma/seed/data/services";
import { label, oneSectionForm, sexOptions } from "@/tests/fixtures/forms";
import { checkAnswerConsistency, prefillFromProfile, profileBoundFields, profileUpdatesFrom } from "./form-schema";

const definition = oneSectionForm(
  { key: "fullName", label, type: "text", profileBinding: "name" },
  { key: "nik", label, type: "nik", profileBinding: "nik" },
  { key: "birthDate", label, type: "date", profileBinding: "birthDate", notInFuture: true },
  { key: "sex", label, type: "radio", profileBinding: "sex", options: sexOptions },
  { key: "phone", label, type: "phone", profileBinding: "phone" },
  { key: "kind", label, type: "select", profileBinding: "regency", options: [{ value: "kota", label }] },
  { key: "note", label, type: "text", required: false },
  {
    key: "family",
    label,
    type: "group",
    itemLabel: label,
    fields: [{ key: "memberName", label, type: "text", profileBinding: "name" }],
  },
);

/** A man born 17 Aug 1985, and a woman born 12 May 1990 (day 52 = 12 + 40). */
const MAN = "3275011708850002";
const WOMAN = "3275035205900001";

describe("profile binding", () => {
  it("lists the bound top-level fields, not group sub-fields", () => {
    expect(profileBoundFields(definition)).toEqual([
      { fieldKey: "fullName", binding: "name" },
      { fieldKey: "nik", binding: "nik" },
      { fieldKey: "birthDate", binding: "birthDate" },
      { fieldKey: "sex", binding: "sex" },
      { fieldKey: "phone", binding: "phone" },
      { fieldKey: "kind", binding: "regency" },
    ]);
  });

  it("fills only empty bound fields and never overwrites what was typed", () => {
    const answers = { fullName: "Ani Typed", nik: "  ", birthDate: "", note: "keep" };
    const profile = { name: "Ani Profile", nik: MAN, birthDate: "1985-08-17", sex: "MALE", phone: "+6281234567890" };
    expect(prefillFromProfile(definition, profile, answers)).toEqual({
      fullName: "Ani Typed",
      nik: MAN,
      birthDate: "1985-08-17",
      sex: "MALE",
      phone: "+6281234567890",
      note: "keep",
    });
    expect(answers.nik).toBe("  ");
  });

  it("skips empty profile values and values that are not one of a choice field's options", () => {
    expect(prefillFromProfile(definition, { name: "  ", sex: "X", regency: "Kota Harapan Jaya" }, {})).toEqual({});
    expect(prefillFromProfile(definition, { regency: "kota" }, {})).toEqual({ kind: "kota" });
  });
});

describe("profileUpdatesFrom", () => {
  it("offers the answered, changed fields a form may update, never the identity anchors", () => {
    const answers = { fullName: "Siti Aminah", nik: MAN, birthDate: "1985-08-17", sex: "MALE", phone: "081234567890", kind: "kota", note: "x" };
    const profile = { name: "Siti", nik: WOMAN, phone: "081234567890" };
    expect(profileUpdatesFrom(definition, answers, profile)).toEqual([
      { fieldKey: "fullName", binding: "name", value: "Siti Aminah", current: "Siti" },
      { fieldKey: "kind", binding: "regency", value: "kota", current: "" },
    ]);
    expect(profileUpdatesFrom(definition, { fullName: "" }, profile)).toEqual([]);
  });
});

describe("checkAnswerConsistency", () => {
  it("accepts a NIK that agrees with the stated birth date and sex", () => {
    expect(checkAnswerConsistency({ nik: MAN, birthDate: "1985-08-17", sex: "MALE" }, definition)).toEqual([]);
    expect(checkAnswerConsistency({ nik: WOMAN, birthDate: "1990-05-12", sex: "FEMALE" }, definition)).toEqual([]);
    expect(checkAnswerConsistency({ nik: "3275 0352 0590 0001", birthDate: "1990-05-12", sex: "FEMALE" }, definition)).toEqual([]);
  });

  it("reports a birth date or sex that disagrees with the NIK, on the NIK field", () => {
    expect(checkAnswerConsistency({ nik: WOMAN, birthDate: "1990-05-13", sex: "FEMALE" }, definition)).toEqual([
      { path: "nik", messageKey: "form.nikBirthDateMismatch" },
    ]);
    expect(checkAnswerConsistency({ nik: WOMAN, birthDate: "1991-05-12", sex: "FEMALE" }, definition)).toEqual([
      { path: "nik", messageKey: "form.nikBirthDateMismatch" },
    ]);
    expect(checkAnswerConsistency({ nik: WOMAN, birthDate: "1990-05-12", sex: "MALE" }, definition)).toEqual([
      { path: "nik", messageKey: "form.nikSexMismatch" },
    ]);
    expect(checkAnswerConsistency({ nik: MAN, birthDate: "1985-08-17", sex: "FEMALE" }, definition)).toEqual([
      { path: "nik", messageKey: "form.nikSexMismatch" },
    ]);
    expect(checkAnswerConsistency({ nik: MAN, birthDate: "1985-08-18", sex: "FEMALE" }, definition)).toEqual([
      { path: "nik", messageKey: "form.nikBirthDateMismatch" },
      { path: "nik", messageKey: "form.nikSexMismatch" },
    ]);
  });

  it("leaves missing or malformed answers to the answers schema", () => {
    expect(checkAnswerConsistency({ nik: MAN }, definition)).toEqual([]);
    expect(checkAnswerConsistency({ nik: "123", birthDate: "1985-08-18", sex: "FEMALE" }, definition)).toEqual([]);
    expect(checkAnswerConsistency({ nik: MAN, birthDate: "17-08-1985", sex: "OTHER" }, definition)).toEqual([]);
  });

  it("skips hidden fields and forms without a bound NIK", () => {
    const hidden = oneSectionForm(
      { key: "self", label, type: "checkbox", required: false },
      { key: "nik", label, type: "nik", profileBinding: "nik" },
      { key: "sex", label, type: "radio", profileBinding: "sex", options: sexOptions, visibleWhen: { field: "self", equals: true } },
    );
    expect(checkAnswerConsistency({ self: false, nik: WOMAN, sex: "MALE" }, hidden)).toEqual([]);
    expect(checkAnswerConsistency({ self: true, nik: WOMAN, sex: "MALE" }, hidden)).toEqual([{ path: "nik", messageKey: "form.nikSexMismatch" }]);
    const unbound = oneSectionForm({ key: "nik", label, type: "nik" }, { key: "sex", label, type: "radio", profileBinding: "sex", options: sexOptions });
    expect(checkAnswerConsistency({ nik: WOMAN, sex: "MALE" }, unbound)).toEqual([]);
  });

  it("checks a seeded form that asks for birth date and sex", () => {
    const seed = services.find((service) => service.slug === "ktp-el-baru");
    const ktp = formDefinitionSchema.parse(seed?.formDefinition);
    expect(profileBoundFields(ktp).map((entry) => entry.binding)).toEqual(expect.arrayContaining(["nik", "birthDate", "sex"]));
    const answers = { applicantNik: WOMAN, applicantBirthDate: "1990-05-12", applicantSex: "MALE" };
    expect(checkAnswerConsistency(answers, ktp)).toEqual([{ path: "applicantNik", messageKey: "form.nikSexMismatch" }]);
  });
});
