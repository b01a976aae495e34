import { z } from "zod";

/**
 * Pure rules of OpenID Connect sign-in (issue 25, docs/identity.md): the admin's
 * provider form, reading mapped claims, and whether the provider's own MFA
 * (acr/amr) counts as the portal's second factor.
 */

export type Claims = Record<string, unknown>;

/** The provider settings the rules read (a subset of the OidcProvider row). */
export type ProviderRules = {
  emailClaim: string | null;
  nipClaim: string | null;
  nikClaim: string | null;
  nameClaim: string | null;
  birthDateClaim: string | null;
  mfaAcrValues: string[];
  mfaAmrMethods: string[];
};

/** A claim's value by name; a dotted name reads into nested objects (e.g. "employee.nip"). Only non-empty strings count. */
export function claimString(claims: Claims, name: string | null | undefined): string | null {
  if (!name) return null;
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (!value || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** The email the provider vouches for: only with `email_verified: true`. Lower-cased like the portal's. */
export function verifiedEmail(claims: Claims, rules: Pick<ProviderRules, "emailClaim">): string | null {
  const email = claimString(claims, rules.emailClaim);
  return email && claims.email_verified === true ? email.toLowerCase() : null;
}

/** The provider's acr value is one the admin accepts, or one of its amr methods is: its MFA stands for our second factor. */
/** The provider's session id in an ID or logout token (`sid`, OpenID Connect Front-/Back-Channel Logout), when it is a usable one. */
export function providerSessionId(claims: Claims): string | null {
  return typeof claims.sid === "string" && claims.sid.length > 0 && claims.sid.length <= 255 ? claims.sid : null;
}

export function providerMfaQualifies(claims: Claims, rules: Pick<ProviderRules, "mfaAcrValues" | "mfaAmrMethods">): boolean {
  const acr = typeof claims.acr === "string" ? claims.acr : null;
  if (acr && rules.mfaAcrValues.includes(acr)) return true;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === "string") : [];
  return amr.some((method) => rules.mfaAmrMethods.includes(method));
}

/** The citizen facts a provider may vouch for, as the profile stores them. */
export type VerifiedFacts = { name?: string; nik?: string; birthDate?: string };

export function citizenFacts(claims: Claims, rules: ProviderRules): VerifiedFacts {
  const facts: VerifiedFacts = {};
  const name = claimString(claims, rules.nameClaim);
  if (name) facts.name = name.slice(0, 200);
  const nik = claimString(claims, rules.nikClaim);
  if (nik && /^\d{16}$/.test(nik)) facts.nik = nik;
  const birthDate = claimString(claims, rules.birthDateClaim);
  if (birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) facts.birthDate = birthDate;
  return facts;
}

const list = z
  .string()
  .max(500)
  .default("")
  .transform((value) =>
    value
      .split(/[\s,]+/)
      .map((item) => item.trim())
      .filter(Boolean),
  );
const claimName = z
  .string()
  .trim()
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]*$/, "oidc.validation.claimName")
  .default("")
  .transform((value) => value || null);

/** The admin's provider form. The secret may be left blank on an edit: the stored one stays. */
export const providerFormSchema = z
  .object({
    name: z.string().trim().min(2, "validation.required").max(80),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "oidc.validation.slug"),
    issuer: z
      .string()
      .trim()
      .url("oidc.validation.issuer")
      .refine((value) => /^https:\/\//.test(value) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(value), "oidc.validation.issuer")
      .transform((value) => value.replace(/\/+$/, "")),
    clientId: z.string().trim().min(1, "validation.required").max(200),
    clientSecret: z.string().max(500).default(""),
    scopes: list.transform((scopes) => [...new Set(["openid", ...scopes])].join(" ")),
    audience: z.enum(["STAFF", "CITIZENS"], { message: "validation.required" }),
    agencyId: z
      .string()
      .max(64)
      .default("")
      .transform((value) => value || null),
    emailClaim: claimName,
    nipClaim: claimName,
    nikClaim: claimName,
    nameClaim: claimName,
    birthDateClaim: claimName,
    mfaAcrValues: list,
    mfaAmrMethods: list,
    enabled: z
      .union([z.literal("on"), z.literal("")])
      .optional()
      .transform((value) => value === "on"),
  })
  .refine((value) => value.audience === "STAFF" || value.agencyId === null, { path: ["agencyId"], message: "oidc.validation.citizenAgency" })
  .refine((value) => value.emailClaim || value.nipClaim || value.nikClaim, { path: ["emailClaim"], message: "oidc.validation.linkClaim" });

export type ProviderForm = z.output<typeof providerFormSchema>;

/** The signed-in portal paths a flow may return to. */
export const OIDC_FLOW_MINUTES = 10;
