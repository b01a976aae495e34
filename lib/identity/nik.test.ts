import { describe, expect, it } from "vitest";
import { checkNik, maskNik, parseNik } from "./nik";

describe("parseNik", () => {
  it("reads region, birth date and sex from a man's NIK", () => {
    const result = parseNik("3275011708850002");
    expect(result).toEqual({
      ok: true,
      nik: {
        provinceCode: "32",
        regencyCode: "75",
        districtCode: "01",
        sex: "MALE",
        birthDay: 17,
        birthMonth: 8,
        birthYearTwoDigits: 85,
        serial: "0002",
      },
    });
  });

  it("reads a woman's birth day as the encoded day minus 40", () => {
    const result = parseNik("3275035205900001");
    expect(result.ok && result.nik.sex).toBe("FEMALE");
    expect(result.ok && result.nik.birthDay).toBe(12);
  });

  it("ignores spaces people type between digit groups", () => {
    expect(parseNik("3275 0352 0590 0001").ok).toBe(true);
  });

  it.each([
    ["327501170885000", "format"],
    ["32750117088500021", "format"],
    ["3275O11708850002", "format"],
    ["9975011708850002", "province"],
    ["3200011708850002", "region"],
    ["3275001708850002", "region"],
    ["3275013208850002", "birthDate"],
    ["3275017208850002", "birthDate"],
    ["3275011713850002", "birthDate"],
    ["3275013102850002", "birthDate"],
    ["3275012902850002", "birthDate"],
    ["3275011708850000", "serial"],
  ])("rejects %s (%s)", (nik, problem) => {
    expect(parseNik(nik)).toEqual({ ok: false, problem });
  });

  it("accepts 29 February only in a year divisible by four", () => {
    expect(parseNik("3275012902000003").ok).toBe(true);
    expect(parseNik("3275016902880003").ok).toBe(true);
  });
});

describe("checkNik against stated data", () => {
  it("accepts a NIK consistent with the stated birth date and sex", () => {
    expect(checkNik("3275035205900001", { birthDate: "1990-05-12", sex: "FEMALE" })).toBeNull();
  });

  it("flags a birth date that differs from the NIK", () => {
    expect(checkNik("3275035205900001", { birthDate: "1990-05-13", sex: "FEMALE" })).toBe("birthDateMismatch");
    expect(checkNik("3275035205900001", { birthDate: "1991-05-12", sex: "FEMALE" })).toBe("birthDateMismatch");
  });

  it("flags a sex that differs from the NIK", () => {
    expect(checkNik("3275035205900001", { birthDate: "1990-05-12", sex: "MALE" })).toBe("sexMismatch");
  });

  it("reports structural problems before consistency", () => {
    expect(checkNik("12345", { birthDate: "1990-05-12" })).toBe("format");
  });
});

describe("maskNik", () => {
  it("keeps the first four and last two digits", () => {
    expect(maskNik("3301234567890003")).toBe("3301**********03");
  });
});
