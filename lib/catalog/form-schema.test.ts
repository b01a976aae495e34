import { describe, expect, it } from "vitest";
import { field, label, oneSectionForm as define, type FieldInput } from "@/tests/fixtures/forms";
import { AppError } from "@/lib/platform/errors";
import { applications } from "@/lib/platform/i18n/catalog/applications";
import { en } from "@/lib/platform/i18n/en";
import { id } from "@/lib/platform/i18n/id";
import { parseOrThrow } from "@/lib/platform/validation";
import { FORM_MESSAGE_KEYS, compileAnswersSchema, documentFieldKeys } from "./form-schema";

const TODAY = "2026-03-10";

/** Parses and returns either the output or the issues as "path: message" strings. */
function run(fields: FieldInput[], answers: unknown) {
  const result = compileAnswersSchema(define(...fields), { today: TODAY }).safeParse(answers);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, issues: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

/** One field under key "f": its output value, or its single issue message. */
function one(spec: Record<string, unknown>, value: unknown): unknown {
  const result = run([field("f", spec)], value === undefined ? {} : { f: value });
  if (result.ok) return result.data.f;
  expect(result.issues).toHaveLength(1);
  return result.issues[0];
}

describe("scalar fields", () => {
  it("trims and checks text length and pattern", () => {
    const spec = { type: "text", minLength: 2, maxLength: 5, pattern: "[A-Z]+" };
    expect(one(spec, "  AB ")).toBe("AB");
    expect(one(spec, "A")).toBe("f: form.tooShort");
    expect(one(spec, "ABCDEF")).toBe("f: form.tooLong");
    expect(one(spec, "ab")).toBe("f: form.invalidPattern");
    expect(one(spec, "   ")).toBe("f: form.required");
    expect(one(spec, undefined)).toBe("f: form.required");
    expect(one(spec, 42)).toBe("f: form.invalidValue");
  });

  it("anchors patterns like the HTML pattern attribute and caps unbounded text at 500", () => {
    expect(one({ type: "text", pattern: "[0-9]{3}" }, "1234")).toBe("f: form.invalidPattern");
    expect(one({ type: "text", pattern: "[0-9]{3}" }, "123")).toBe("123");
    expect(one({ type: "text" }, "x".repeat(500))).toBe("x".repeat(500));
    expect(one({ type: "text" }, "x".repeat(501))).toBe("f: form.tooLong");
  });

  it("counts a textarea's CRLF line break as one character and defaults its limit to 2000", () => {
    expect(one({ type: "textarea", maxLength: 3 }, "a\r\nb")).toBe("a\nb");
    expect(one({ type: "textarea", maxLength: 3 }, "a\r\nbc")).toBe("f: form.tooLong");
    expect(one({ type: "textarea" }, "y".repeat(2000))).toHaveLength(2000);
    expect(one({ type: "textarea" }, "y".repeat(2001))).toBe("f: form.tooLong");
  });

  it("coerces numbers from strings and checks integer, min and max", () => {
    const spec = { type: "number", min: 1, max: 10, integer: true };
    expect(one(spec, " 7 ")).toBe(7);
    expect(one(spec, 3)).toBe(3);
    expect(one(spec, "abc")).toBe("f: form.notANumber");
    expect(one(spec, "1e3")).toBe("f: form.notANumber");
    expect(one(spec, "5.000.000")).toBe("f: form.notANumber");
    expect(one(spec, Number.POSITIVE_INFINITY)).toBe("f: form.notANumber");
    expect(one(spec, "2.5")).toBe("f: form.notAnInteger");
    expect(one(spec, "0")).toBe("f: form.tooSmall");
    expect(one(spec, "11")).toBe("f: form.tooLarge");
    expect(one(spec, "")).toBe("f: form.required");
    expect(one(spec, true)).toBe("f: form.invalidValue");
    expect(one({ type: "number", min: 0.3 }, ".5")).toBe(0.5);
    expect(one({ type: "number", min: 0.3 }, "0.2")).toBe("f: form.tooSmall");
  });

  it("accepts only real calendar dates", () => {
    expect(one({ type: "date" }, "2024-02-29")).toBe("2024-02-29");
    expect(one({ type: "date" }, "2026-02-29")).toBe("f: form.invalidDate");
    expect(one({ type: "date" }, "2100-02-29")).toBe("f: form.invalidDate");
    expect(one({ type: "date" }, "2026-04-31")).toBe("f: form.invalidDate");
    expect(one({ type: "date" }, "2026-13-01")).toBe("f: form.invalidDate");
    expect(one({ type: "date" }, "10/03/2026")).toBe("f: form.invalidDate");
    expect(one({ type: "date" }, "1899-12-31")).toBe("f: form.invalidDate");
  });

  it("compares dates with the given local today, inclusive", () => {
    expect(one({ type: "date", notInFuture: true }, TODAY)).toBe(TODAY);
    expect(one({ type: "date", notInFuture: true }, "2026-03-11")).toBe("f: form.dateInFuture");
    expect(one({ type: "date", notInPast: true }, TODAY)).toBe(TODAY);
    expect(one({ type: "date", notInPast: true }, "2026-03-09")).toBe("f: form.dateInPast");
    const schema = compileAnswersSchema(define(field("f", { type: "date", notInPast: true })), { today: "2026-03-11" });
    expect(schema.safeParse({ f: TODAY }).success).toBe(false);
  });

  it("refuses weekends and the agency's holidays for a working-day date, naming the field, and accepts working days", () => {
    const schema = compileAnswersSchema(define(field("inspectionDate", { type: "date", notInPast: true, workingDay: true })), {
      today: TODAY,
      // Nyepi 2026 (19 March, a Thursday) and collective leave the day after.
      nonWorkingDates: ["2026-03-19", "2026-03-20"],
    });
    const issues = (value: string) => schema.safeParse({ inspectionDate: value }).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues("2026-03-14")).toEqual(["inspectionDate: form.dateNotWorkingDay"]); // a Saturday
    expect(issues("2026-03-15")).toEqual(["inspectionDate: form.dateNotWorkingDay"]); // a Sunday
    expect(issues("2026-03-19")).toEqual(["inspectionDate: form.dateNotWorkingDay"]);
    expect(issues("2026-03-20")).toEqual(["inspectionDate: form.dateNotWorkingDay"]);
    expect(issues("2026-03-16")).toBeUndefined(); // a Monday
    // Without the rule, a Saturday is just a date.
    expect(one({ type: "date" }, "2026-03-14")).toBe("2026-03-14");
    // Without the holiday list, weekends are still refused.
    expect(one({ type: "date", workingDay: true }, "2026-03-14")).toBe("f: form.dateNotWorkingDay");
  });

  it("rejects a malformed today instead of comparing against it", () => {
    expect(() => compileAnswersSchema(define(field("f", { type: "date" })), { today: "10/03/2026" })).toThrow(/today/);
  });

  it("accepts only the options of a select or radio", () => {
    const options = [
      { value: "ya", label },
      { value: "tidak", label },
    ];
    expect(one({ type: "select", options }, " ya ")).toBe("ya");
    expect(one({ type: "radio", options }, "tidak")).toBe("tidak");
    expect(one({ type: "radio", options }, "mungkin")).toBe("f: form.invalidOption");
    expect(one({ type: "select", options }, "Ya")).toBe("f: form.invalidOption");
  });

  it("treats a required checkbox as a declaration that must be ticked", () => {
    expect(one({ type: "checkbox" }, true)).toBe(true);
    expect(one({ type: "checkbox" }, "on")).toBe(true);
    expect(one({ type: "checkbox" }, false)).toBe("f: form.required");
    expect(one({ type: "checkbox" }, undefined)).toBe("f: form.required");
    expect(one({ type: "checkbox", required: false }, undefined)).toBe(false);
    expect(one({ type: "checkbox", required: false }, "yes")).toBe("f: form.invalidValue");
  });

  it("checks a NIK's structure and strips the spaces people type", () => {
    expect(one({ type: "nik" }, " 3275 0117 0885 0002 ")).toBe("3275011708850002");
    expect(one({ type: "nik" }, "3275035205900001")).toBe("3275035205900001");
    expect(one({ type: "nik" }, "327501170885000")).toBe("f: form.invalidNik");
    expect(one({ type: "nik" }, "9975011708850002")).toBe("f: form.invalidNik"); // no province 99
    expect(one({ type: "nik" }, "3275013208850002")).toBe("f: form.invalidNik"); // day 32
    expect(one({ type: "nik" }, "3275011708850000")).toBe("f: form.invalidNik"); // serial 0000
  });

  it("normalises Indonesian mobile and landline numbers to +62", () => {
    expect(one({ type: "phone" }, "0812-3456-7890")).toBe("+6281234567890");
    expect(one({ type: "phone" }, "+62 812 3456 7890")).toBe("+6281234567890");
    expect(one({ type: "phone" }, "6281234567890")).toBe("+6281234567890");
    expect(one({ type: "phone" }, "(021) 555-1234")).toBe("+62215551234");
    expect(one({ type: "phone" }, "021555123")).toBe("+6221555123"); // 9 digits
    expect(one({ type: "phone" }, "081234567890123")).toBe("+6281234567890123"); // 15 digits
    expect(one({ type: "phone" }, "02155512")).toBe("f: form.invalidPhone"); // 8 digits
    expect(one({ type: "phone" }, "0812345678901234")).toBe("f: form.invalidPhone"); // 16 digits
    expect(one({ type: "phone" }, "+1 555 123 4567")).toBe("f: form.invalidPhone");
    expect(one({ type: "phone" }, "0012345678")).toBe("f: form.invalidPhone");
    expect(one({ type: "phone" }, "0812-abc-7890")).toBe("f: form.invalidPhone");
  });

  it("lower-cases and checks email addresses", () => {
    expect(one({ type: "email" }, " Warga@Contoh.ID ")).toBe("warga@contoh.id");
    expect(one({ type: "email" }, "warga@")).toBe("f: form.invalidEmail");
    expect(one({ type: "email" }, "warga contoh.id")).toBe("f: form.invalidEmail");
  });

  it("bounds addresses to 5–500 characters", () => {
    expect(one({ type: "address" }, "Jl. A")).toBe("Jl. A");
    expect(one({ type: "address" }, "Jl.")).toBe("f: form.tooShort");
    expect(one({ type: "address" }, "a".repeat(501))).toBe("f: form.tooLong");
  });

  it("leaves file fields out of the answers and lists them as documents", () => {
    const fields = [field("name", { type: "text" }), field("ktpScan", { type: "file" })];
    expect(run(fields, { name: "Ani", ktpScan: "whatever.pdf" })).toEqual({ ok: true, data: { name: "Ani" } });
    expect(documentFieldKeys(define(...fields))).toEqual(["ktpScan"]);
  });

  it("rejects answers that are not an object", () => {
    expect(run([field("f", { type: "text", required: false })], "nope")).toEqual({ ok: false, issues: [": form.invalidValue"] });
  });
});

describe("optional fields", () => {
  const types: Record<string, unknown>[] = [
    { type: "text" },
    { type: "textarea" },
    { type: "number" },
    { type: "date", notInPast: true },
    { type: "select", options: [{ value: "a", label }] },
    {
      type: "radio",
      options: [
        { value: "a", label },
        { value: "b", label },
      ],
    },
    { type: "nik" },
    { type: "phone" },
    { type: "email" },
    { type: "address" },
  ];
  it.each(types.map((spec) => [spec.type, spec] as const))("leaves an empty optional %s out of the answers", (_type, spec) => {
    for (const empty of [undefined, null, "", "   "]) {
      expect(run([field("f", { ...spec, required: false })], { f: empty })).toEqual({ ok: true, data: {} });
    }
    expect(run([field("f", spec)], { f: "" })).toEqual({ ok: false, issues: ["f: form.required"] });
  });
});

describe("groups", () => {
  const family = (rest: Record<string, unknown> = {}) =>
    field("family", {
      type: "group",
      itemLabel: label,
      minItems: 1,
      maxItems: 3,
      fields: [
        { key: "name", label, type: "text", maxLength: 20 },
        { key: "nik", label, type: "nik", required: false },
        { key: "age", label, type: "number", integer: true },
        { key: "student", label, type: "checkbox", required: false },
        { key: "photo", label, type: "file" },
      ],
      ...rest,
    });

  it("validates and normalises every item", () => {
    expect(
      run([family()], {
        family: [
          { name: " Ani ", age: "7", student: "on" },
          { name: "Budi", nik: "3275 0117 0885 0002", age: 40 },
        ],
      }),
    ).toEqual({
      ok: true,
      data: {
        family: [
          { name: "Ani", age: 7, student: true },
          { name: "Budi", nik: "3275011708850002", age: 40, student: false },
        ],
      },
    });
  });

  it("reports item problems under group.index.subKey", () => {
    const result = run([family()], { family: [{ name: "Ani", age: "7" }, { age: "x" }, { name: "Cici", nik: "123", age: "1" }] });
    expect(result).toEqual({
      ok: false,
      issues: ["family.1.name: form.required", "family.1.age: form.notANumber", "family.2.nik: form.invalidNik"],
    });
  });

  it("enforces required, minItems and maxItems on the group itself", () => {
    const item = { name: "Ani", age: "7" };
    expect(run([family()], {})).toEqual({ ok: false, issues: ["family: form.required"] });
    expect(run([family()], { family: [] })).toEqual({ ok: false, issues: ["family: form.required"] });
    expect(run([family()], { family: [item, item, item, item] })).toEqual({ ok: false, issues: ["family: form.tooManyItems"] });
    expect(run([family({ minItems: 2 })], { family: [item] })).toEqual({ ok: false, issues: ["family: form.tooFewItems"] });
    expect(run([family({ minItems: 2, required: false })], { family: [] })).toEqual({ ok: true, data: {} });
    expect(run([family({ minItems: 2, required: false })], { family: [item] })).toEqual({ ok: false, issues: ["family: form.tooFewItems"] });
  });

  it("rejects a group that is not a list, or an item that is not an object", () => {
    expect(run([family()], { family: "Ani" })).toEqual({ ok: false, issues: ["family: form.invalidValue"] });
    expect(run([family()], { family: ["Ani"] })).toEqual({ ok: false, issues: ["family.0: form.invalidValue"] });
  });

  it("gives parseOrThrow field errors keyed by the dotted path", () => {
    const schema = compileAnswersSchema(define(family()), { today: TODAY });
    let error: unknown;
    try {
      parseOrThrow(schema, {
        family: [
          { name: "Ani", age: "7" },
          { name: "Budi", age: "7" },
          { name: "Cici", age: "2.5" },
        ],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ "family.2.age": ["form.notAnInteger"] });
  });
});

describe("form message keys", () => {
  it("are all translated in both languages", () => {
    for (const key of FORM_MESSAGE_KEYS) {
      expect(id[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });

  it("are the only form.* keys the applications catalog adds, besides what every form shows around its fields", () => {
    const chrome = ["form.errorSummaryTitle", "form.optional", "form.required"];
    const added = Object.keys(applications.id).filter((key) => key.startsWith("form.") && !chrome.includes(key));
    expect(added.length).toBeGreaterThan(0);
    for (const key of added) expect(FORM_MESSAGE_KEYS, key).toContain(key);
  });
});
