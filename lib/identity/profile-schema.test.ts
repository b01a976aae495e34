import { describe, expect, it } from "vitest";
import { profileSchema } from "./profile-schema";

const errorsOf = (input: Record<string, string>) => {
  const result = profileSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("profileSchema", () => {
  it("normalises the phone and the family card number, and turns blanks into removals", () => {
    expect(profileSchema.parse({ phone: "0812-3456-7890", kkNumber: "3275 0312 0109 0007", birthPlace: " Bandung ", village: "" })).toEqual({
      phone: "+6281234567890",
      kkNumber: "3275031201090007",
      birthPlace: "Bandung",
      addressLine: null,
      village: null,
      district: null,
      regency: null,
      province: null,
      postalCode: null,
    });
  });

  it("keeps a stored family card number when the field is left empty", () => {
    expect(profileSchema.parse({ kkNumber: "" }).kkNumber).toBeUndefined();
  });

  it("names the field in every error", () => {
    expect(errorsOf({ phone: "12345", kkNumber: "123", addressLine: "Jl", postalCode: "4011", birthPlace: "x".repeat(61) })).toEqual({
      phone: "profile.error.phone",
      kkNumber: "profile.error.kkNumber",
      addressLine: "profile.error.addressLine",
      postalCode: "profile.error.postalCode",
      birthPlace: "profile.error.birthPlace",
    });
  });
});
