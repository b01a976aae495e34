import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-rules";

describe("checkPasswordStrength", () => {
  it("accepts a long password with letters and digits", () => {
    expect(checkPasswordStrength("Matahari2026terbit", { email: "siti@warga.test", name: "Siti Rahayu" })).toBeNull();
  });

  it.each([
    ["Short1", "tooShort"],
    ["onlyletterslong", "needsLetterAndDigit"],
    ["12345678901234", "needsLetterAndDigit"],
    ["Password123", "tooCommon"],
    ["x".repeat(199) + "12", "tooLong"],
  ])("rejects %s as %s", (password, problem) => {
    expect(checkPasswordStrength(password)).toBe(problem);
  });

  it("rejects a password built from the user's name or email", () => {
    expect(checkPasswordStrength("rahayu2026!!", { name: "Siti Rahayu" })).toBe("containsPersonalData");
    expect(checkPasswordStrength("budiman12345", { email: "budiman@warga.test" })).toBe("containsPersonalData");
  });
});
