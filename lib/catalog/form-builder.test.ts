import { describe, expect, it } from "vitest";
import type { DraftForm } from "./draft";
import { appendField, fieldAt, moveField, moveSection, parseAddress, removeField, removeSection, replaceField } from "./form-builder";

const text = (key: string) => ({ key, type: "text", label: { id: key, en: key } });
const form = (): DraftForm => ({
  sections: [
    { key: "a", title: { id: "A", en: "A" }, fields: [text("one"), text("two"), { key: "family", type: "group", fields: [text("name"), text("age")] }] },
    { key: "b", title: { id: "B", en: "B" }, fields: [text("three")] },
  ],
});
const keys = (value: DraftForm | null) => value?.sections.map((section) => section.fields.map((field) => field.key));

describe("form builder edits", () => {
  it("reads addresses of fields and group members, and nothing else", () => {
    expect(parseAddress("1.2")).toEqual({ section: 1, field: 2 });
    expect(parseAddress("0.2.1")).toEqual({ section: 0, field: 2, sub: 1 });
    for (const bad of ["", "1", "a.b", "1.2.3.4", "-1.0"]) expect(parseAddress(bad)).toBeNull();
    expect(fieldAt(form(), { section: 0, field: 2, sub: 1 })?.key).toBe("age");
    expect(fieldAt(form(), { section: 0, field: 0, sub: 0 })).toBeNull();
  });

  it("moves a field within its list, never past either end, without changing the input", () => {
    const original = form();
    expect(keys(moveField(original, { section: 0, field: 1 }, "up"))).toEqual([["two", "one", "family"], ["three"]]);
    expect(moveField(original, { section: 0, field: 0 }, "up")).toBeNull();
    expect(moveField(original, { section: 1, field: 0 }, "down")).toBeNull();
    const moved = moveField(original, { section: 0, field: 2, sub: 0 }, "down");
    expect(moved?.sections[0]!.fields[2]!.fields!.map((field) => field.key)).toEqual(["age", "name"]);
    expect(keys(original)).toEqual([["one", "two", "family"], ["three"]]);
  });

  it("appends, replaces and removes fields and sections; a stale address changes nothing", () => {
    expect(keys(appendField(form(), 1, text("four")))).toEqual([
      ["one", "two", "family"],
      ["three", "four"],
    ]);
    expect(appendField(form(), 0, text("x"), 2)?.sections[0]!.fields[2]!.fields!.map((field) => field.key)).toEqual(["name", "age", "x"]);
    expect(appendField(form(), 0, text("x"), 0)).toBeNull();
    expect(appendField(form(), 5, text("x"))).toBeNull();
    expect(keys(replaceField(form(), { section: 1, field: 0 }, text("renamed")))).toEqual([["one", "two", "family"], ["renamed"]]);
    expect(keys(removeField(form(), { section: 0, field: 0 }))).toEqual([["two", "family"], ["three"]]);
    expect(removeField(form(), { section: 0, field: 9 })).toBeNull();
    expect(keys(removeSection(form(), 0))).toEqual([["three"]]);
    expect(moveSection(form(), 1, "up")?.sections.map((section) => section.key)).toEqual(["b", "a"]);
    expect(moveSection(form(), 1, "down")).toBeNull();
  });
});
