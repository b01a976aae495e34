import { describe, expect, it } from "vitest";
import { field, label, oneSectionForm as define, type FieldInput } from "@/tests/fixtures/forms";
import { compileAnswersSchema, documentFieldKeys, visibleFields } from "./form-schema";

function run(fields: FieldInput[], answers: unknown) {
  const result = compileAnswersSchema(define(...fields), { today: "2026-03-10" }).safeParse(answers);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, issues: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

describe("visibleWhen", () => {
  const options = [
    { value: "a", label },
    { value: "b", label },
  ];
  const fields = [
    field("kind", { type: "radio", options }),
    field("detail", { type: "text", visibleWhen: { field: "kind", equals: "b" } }),
    field("needsHelp", { type: "checkbox", required: false }),
    field("helpNote", { type: "textarea", visibleWhen: { field: "needsHelp", equals: true } }),
    field("helpProof", { type: "file", visibleWhen: { field: "needsHelp", equals: true } }),
  ];

  it("does not require a hidden field and drops its stale answer", () => {
    expect(run(fields, { kind: "a", detail: "typed before switching", needsHelp: false, helpNote: "old" })).toEqual({
      ok: true,
      data: { kind: "a", needsHelp: false },
    });
  });

  it("requires a field once its condition holds, for string and checkbox conditions", () => {
    expect(run(fields, { kind: "b", needsHelp: "on" })).toEqual({
      ok: false,
      issues: ["detail: form.required", "helpNote: form.required"],
    });
    expect(run(fields, { kind: "b", detail: "x", needsHelp: true, helpNote: "kursi roda" })).toEqual({
      ok: true,
      data: { kind: "b", detail: "x", needsHelp: true, helpNote: "kursi roda" },
    });
  });

  it("reports the shown fields and documents in form order", () => {
    const definition = define(...fields);
    expect(visibleFields(definition, { kind: "a" })).toEqual(["kind", "needsHelp"]);
    expect(visibleFields(definition, { kind: " b ", needsHelp: "on" })).toEqual(["kind", "detail", "needsHelp", "helpNote", "helpProof"]);
    expect(documentFieldKeys(definition, { needsHelp: false })).toEqual([]);
    expect(documentFieldKeys(definition, { needsHelp: true })).toEqual(["helpProof"]);
  });

  it("hides a field whose condition looks at a hidden field", () => {
    const chain = [
      field("a", {
        type: "radio",
        options: [
          { value: "y", label },
          { value: "n", label },
        ],
      }),
      field("b", {
        type: "radio",
        options: [
          { value: "x", label },
          { value: "z", label },
        ],
        visibleWhen: { field: "a", equals: "y" },
      }),
      field("c", { type: "text", visibleWhen: { field: "b", equals: "x" } }),
    ];
    expect(run(chain, { a: "n", b: "x", c: "stale" })).toEqual({ ok: true, data: { a: "n" } });
    expect(run(chain, { a: "y", b: "x" })).toEqual({ ok: false, issues: ["c: form.required"] });
  });

  it("hides a whole group, and lets a group's sub-field look at a sibling or a top-level field", () => {
    const groupFields = [
      field("hasMembers", { type: "checkbox", required: false }),
      field("members", {
        type: "group",
        itemLabel: label,
        visibleWhen: { field: "hasMembers", equals: true },
        fields: [
          {
            key: "relation",
            label,
            type: "select",
            options: [
              { value: "anak", label },
              { value: "lain", label },
            ],
          },
          { key: "relationNote", label, type: "text", visibleWhen: { field: "relation", equals: "lain" } },
          { key: "guardian", label, type: "text", required: false, visibleWhen: { field: "hasMembers", equals: true } },
        ],
      }),
    ];
    expect(run(groupFields, { hasMembers: false, members: [{ relation: "x" }] })).toEqual({ ok: true, data: { hasMembers: false } });
    expect(run(groupFields, { hasMembers: true, members: [{ relation: "anak", relationNote: "stale", guardian: "Budi" }, { relation: "lain" }] })).toEqual({
      ok: false,
      issues: ["members.1.relationNote: form.required"],
    });
  });
});
