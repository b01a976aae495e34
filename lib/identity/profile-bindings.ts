/** A citizen's address, part by part, in the order forms ask for it. */
export const ADDRESS_BINDINGS = ["addressLine", "village", "district", "regency", "province", "postalCode"] as const;

/**
 * Profile fields a form field can be pre-filled from (the "type it once" profile).
 * They name the profile's fields, so they live with the profile; service forms
 * (lib/catalog/form-definition.ts) refer to them.
 */
export const PROFILE_BINDINGS = ["name", "email", "nik", "kkNumber", "birthPlace", "birthDate", "sex", "phone", ...ADDRESS_BINDINGS] as const;
export type ProfileBinding = (typeof PROFILE_BINDINGS)[number];
