import { describe, expect, it } from "vitest";
import { label, oneSectionForm, sexOptions } from "@/tests/fixtures/forms";
import { answersFromFormData, compileAnswersSchema, flattenAnswers, groupItemCount } from "./form-schema";

const definition = oneSectionForm(
  { key: "name", label, type: "text" },
  { key: "children", label, type: "number", required: false },
  { key: "consent", label, type: "checkbox" },
  { key: "newsletter", label, type: "checkbox", required: false },
  { key: "ktpScan", label, type: "file" },
  {
    key: "family",
    label,
    type: "group",
    itemLabel: label,
    required: false,
    fields: [
      { key: "memberName", label, type: "text" },
      { key: "memberSex", label, type: "radio", options: sexOptions },
      { key: "student", label, type: "checkbox", required: false },
    ],
  },
);

function formData(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("answersFromFormData", () => {
  it("reads scalars as posted strings and checkboxes as booleans", () => {
    const answers = answersFromFormData(
      definition,
      formData([
        ["name", " Ani "],
        ["children", "2"],
        ["consent", "on"],
      ]),
    );
    expect(answers).toEqual({ name: " Ani ", children: "2", consent: true, newsletter: false, family: [] });
  });

  it("accepts 'true' for a checkbox and lets a ticked box win over a hidden fallback value", () => {
    expect(answersFromFormData(definition, [["consent", "true"]]).consent).toBe(true);
    expect(
      answersFromFormData(definition, [
        ["newsletter", "false"],
        ["newsletter", "on"],
      ]).newsletter,
    ).toBe(true);
    expect(answersFromFormData(definition, [["consent", "false"]]).consent).toBe(false);
  });

  it("compacts sparse, out-of-order group indices in ascending order", () => {
    const answers = answersFromFormData(
      definition,
      formData([
        ["family.7.memberName", "Cici"],
        ["family.2.memberName", "Budi"],
        ["family.2.memberSex", "MALE"],
        ["family.2.student", "on"],
        ["family.7.memberSex", "FEMALE"],
        ["family.10.memberName", "Dedi"],
      ]),
    );
    expect(answers.family).toEqual([
      { memberName: "Budi", memberSex: "MALE", student: true },
      { memberName: "Cici", memberSex: "FEMALE", student: false },
      { memberName: "Dedi", student: false },
    ]);
  });

  it("keeps an item that posted only its marker", () => {
    expect(answersFromFormData(definition, [["family.3", ""]]).family).toEqual([{ student: false }]);
  });

  it("ignores unknown names, file inputs, malformed group names and repeated values", () => {
    const file = new File(["%PDF"], "ktp.pdf", { type: "application/pdf" });
    const answers = answersFromFormData(
      definition,
      formData([
        ["$ACTION_ID_abc", ""],
        ["unknown", "x"],
        ["ktpScan", file],
        ["name", file],
        ["name", "Ani"],
        ["name", "second value"],
        ["name.0.memberName", "not a group"],
        ["family.x.memberName", "bad index"],
        ["family.0.unknownSub", "x"],
        ["family.0.memberName.extra", "x"],
        ["family", "x"],
      ]),
    );
    expect(answers).toEqual({ name: "Ani", consent: false, newsletter: false, family: [] });
  });
});

describe("flattenAnswers", () => {
  it("names values as the inputs do, with numbers as text and ticked boxes as 'on'", () => {
    const values = flattenAnswers(definition, {
      name: "Ani",
      children: 2,
      consent: true,
      newsletter: false,
      ktpScan: "ignored",
      stray: "dropped",
      family: [{ memberName: "Budi", memberSex: "MALE", student: true }, { memberName: "Cici" }, { student: false }],
    });
    expect(values).toEqual({
      name: "Ani",
      children: "2",
      consent: "on",
      "family.0.memberName": "Budi",
      "family.0.memberSex": "MALE",
      "family.0.student": "on",
      "family.1.memberName": "Cici",
      "family.2": "",
    });
    expect(groupItemCount(values, "family")).toBe(3);
  });

  it("round-trips a form post without losing anything typed, even invalid input", () => {
    const posted = formData([
      ["name", "  Ani  "],
      ["children", "dua"],
      ["newsletter", "on"],
      ["family.4.memberName", ""],
      ["family.1.memberName", "Budi"],
      ["family.1.memberSex", "MALE"],
      ["family.9.student", "on"],
    ]);
    const raw = answersFromFormData(definition, posted);
    const values = flattenAnswers(definition, raw);
    expect(values).toEqual({
      name: "  Ani  ",
      children: "dua",
      newsletter: "on",
      "family.0.memberName": "Budi",
      "family.0.memberSex": "MALE",
      "family.1.memberName": "",
      "family.2.student": "on",
    });
    expect(answersFromFormData(definition, Object.entries(values))).toEqual(raw);
  });

  it("round-trips validated answers to the same validated answers", () => {
    const schema = compileAnswersSchema(definition, { today: "2026-03-10" });
    const validated = schema.parse({
      name: "Ani",
      children: "3",
      consent: true,
      family: [
        { memberName: "Budi", memberSex: "MALE" },
        { memberName: "Cici", memberSex: "FEMALE", student: true },
      ],
    });
    const again = schema.parse(answersFromFormData(definition, Object.entries(flattenAnswers(definition, validated))));
    expect(again).toEqual(validated);
    expect(again.children).toBe(3);
  });
});

describe("groupItemCount", () => {
  it("counts an answers list, flattened indices, or nothing", () => {
    expect(groupItemCount({ family: [{}, {}] }, "family")).toBe(2);
    expect(groupItemCount({ "family.0.memberName": "A", "family.0.memberSex": "MALE", "family.1": "", familyNote: "x" }, "family")).toBe(2);
    expect(groupItemCount({}, "family")).toBe(0);
  });
});
