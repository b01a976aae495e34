import { describe, expect, it } from "vitest";
import { registrationSchema } from "./schemas";

const valid = {
  name: "Siti Rahayu",
  email: "Siti.Rahayu@Warga.test",
  nik: "3275 0352 0590 0001",
  birthDate: "1990-05-12",
  sex: "FEMALE",
  password: "Matahari2026terbit",
  passwordConfirm: "Matahari2026terbit",
  consent: "on",
};

const problems = (input: Record<string, unknown>) => {
  const result = registrationSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("registrationSchema", () => {
  it("normalises a valid registration", () => {
    const parsed = registrationSchema.parse(valid);
    expect(parsed.email).toBe("siti.rahayu@warga.test");
    expect(parsed.nik).toBe("3275035205900001");
  });

  it("reports every problem at once, including cross-field ones, when several fields are wrong", () => {
    expect(problems({ ...valid, name: "", consent: undefined, sex: "FEMALE", birthDate: "1990-05-13", passwordConfirm: "x" })).toEqual({
      name: "validation.required",
      consent: "validation.consent",
      nik: "validation.nik.birthDateMismatch",
      passwordConfirm: "validation.password.mismatch",
    });
  });

  it("rejects a birth date in the future", () => {
    expect(problems({ ...valid, birthDate: "2999-01-01" }).birthDate).toBe("validation.date");
  });
});
