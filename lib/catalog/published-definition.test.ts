import { describe, expect, it } from "vitest";
import { publishedFormDefinition } from "./published-definition";

const label = { id: "Nama", en: "Name" };
const stored = { sections: [{ key: "main", title: label, fields: [{ key: "fullName", label, type: "text", required: true }] }] };

describe("a published version's form definition", () => {
  it("is checked on first use and refused when invalid, like any definition", () => {
    expect(() => publishedFormDefinition("v-invalid", { sections: [{ key: "main", title: label, fields: [{ key: "x", type: "nope" }] }] })).toThrow();
    expect(publishedFormDefinition("v-valid", stored).sections[0]?.fields[0]).toMatchObject({ key: "fullName", type: "text" });
  });

  it("is parsed once per version and shared read-only, so one reader cannot change what the next one sees", () => {
    const first = publishedFormDefinition("v-shared", stored);
    expect(publishedFormDefinition("v-shared", { sections: [] })).toBe(first);
    expect(() => {
      (first.sections[0]!.fields as unknown[]).push({ key: "extra" });
    }).toThrow(TypeError);
    expect(first.sections[0]!.fields).toHaveLength(1);
  });
});
