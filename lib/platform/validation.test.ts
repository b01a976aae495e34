import { z } from "zod";
import { describe, expect, it } from "vitest";
import { fieldErrorsFromIssues, parseOrThrow } from "./validation";

describe("fieldErrorsFromIssues", () => {
  const schema = z.object({ name: z.string().min(1, "validation.required"), members: z.array(z.object({ nik: z.string().length(16, "form.nikLength") })) });
  const issues = schema.safeParse({ name: "", members: [{ nik: "1" }] }).error?.issues ?? [];

  it("lists each field's problems under its dotted path, the whole input under _form", () => {
    expect(fieldErrorsFromIssues(issues)).toEqual({ name: ["validation.required"], "members.0.nik": ["form.nikLength"] });
    expect(
      fieldErrorsFromIssues([
        { path: [], message: "form.invalidValue" },
        { path: "nik", message: "a" },
        { path: "nik", message: "b" },
      ]),
    ).toEqual({
      _form: ["form.invalidValue"],
      nik: ["a", "b"],
    });
  });

  it("leaves out the problems a form cannot act on", () => {
    expect(fieldErrorsFromIssues(issues, (path) => !path.startsWith("members."))).toEqual({ name: ["validation.required"] });
  });

  it("is what parseOrThrow refuses with", () => {
    expect(() => parseOrThrow(schema, { name: "", members: [] })).toThrow(expect.objectContaining({ fieldErrors: { name: ["validation.required"] } }));
  });
});
