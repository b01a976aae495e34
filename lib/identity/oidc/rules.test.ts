import { describe, expect, it } from "vitest";
import { oidcErrorMessage, oidcReasonOf } from "./paths";
import { citizenFacts, claimString, providerFormSchema, providerMfaQualifies, verifiedEmail } from "./rules";

const rules = {
  emailClaim: "email",
  nipClaim: "employee.nip",
  nikClaim: "nik",
  nameClaim: "name",
  birthDateClaim: "birthdate",
  mfaAcrValues: [],
  mfaAmrMethods: [],
};

describe("OpenID Connect rules", () => {
  it("reads mapped claims, nested ones included, and trusts an email only when the provider verified it", () => {
    expect(claimString({ employee: { nip: "198001012006041001" } }, "employee.nip")).toBe("198001012006041001");
    expect(claimString({ nik: "  " }, "nik")).toBeNull();
    expect(verifiedEmail({ email: "Budi@Contoh.ID", email_verified: true }, rules)).toBe("budi@contoh.id");
    expect(verifiedEmail({ email: "budi@contoh.id", email_verified: "true" }, rules)).toBeNull();
    expect(verifiedEmail({ email: "budi@contoh.id" }, rules)).toBeNull();
  });

  it("counts the provider's MFA only for a configured acr value or amr method", () => {
    const mfa = { mfaAcrValues: ["urn:mfa"], mfaAmrMethods: ["otp", "hwk"] };
    expect(providerMfaQualifies({ acr: "urn:mfa" }, mfa)).toBe(true);
    expect(providerMfaQualifies({ amr: ["pwd", "hwk"] }, mfa)).toBe(true);
    expect(providerMfaQualifies({ acr: "0", amr: ["pwd"] }, mfa)).toBe(false);
    expect(providerMfaQualifies({ amr: "otp" }, mfa)).toBe(false);
    expect(providerMfaQualifies({ acr: "urn:mfa", amr: ["otp"] }, { mfaAcrValues: [], mfaAmrMethods: [] })).toBe(false);
  });

  it("keeps only well-formed citizen facts", () => {
    expect(citizenFacts({ name: "Sri", nik: "3275015403920001", birthdate: "1992-03-14" }, rules)).toEqual({
      name: "Sri",
      nik: "3275015403920001",
      birthDate: "1992-03-14",
    });
    expect(citizenFacts({ nik: "12345", birthdate: "14/03/1992" }, rules)).toEqual({});
  });

  it("validates the admin's provider form", () => {
    const parsed = providerFormSchema.parse({
      name: "SSO Pemda",
      slug: "SSO-Pemda",
      issuer: "https://sso.pemda.go.id/realms/asn/",
      clientId: "satupintu",
      scopes: "email profile",
      audience: "STAFF",
      emailClaim: "email",
      mfaAmrMethods: "otp, hwk",
      enabled: "on",
    });
    expect(parsed).toMatchObject({
      slug: "sso-pemda",
      issuer: "https://sso.pemda.go.id/realms/asn",
      scopes: "openid email profile",
      mfaAmrMethods: ["otp", "hwk"],
      enabled: true,
    });
    const plainHttp = providerFormSchema.safeParse({
      name: "X1",
      slug: "x1",
      issuer: "http://sso.example.id",
      clientId: "c",
      audience: "STAFF",
      emailClaim: "email",
    });
    expect(plainHttp.success).toBe(false);
    const citizenAgency = providerFormSchema.safeParse({
      name: "X1",
      slug: "x1",
      issuer: "https://i.example",
      clientId: "c",
      audience: "CITIZENS",
      agencyId: "a",
      nikClaim: "nik",
    });
    expect(citizenAgency.error?.issues.map((i) => i.message)).toContain("oidc.validation.citizenAgency");
  });

  it("maps refusal reasons to messages and nothing else", () => {
    expect(oidcErrorMessage("noMatch")).toBe("oidc.error.noMatch");
    expect(oidcErrorMessage("<script>")).toBeUndefined();
    expect(oidcReasonOf("error.rateLimited")).toBe("rateLimited");
    expect(oidcReasonOf("error.notFound")).toBe("invalidResponse");
  });
});
