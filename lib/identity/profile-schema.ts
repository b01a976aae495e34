import { z } from "zod";
import { normalizePhone } from "./phone";

const ADDRESS_MIN = 5;

/** A text a citizen may also clear: "" becomes null (the value is removed). */
const clearable = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .default("")
    .transform((value) => (value === "" ? null : value));

/**
 * What the profile form posts. Every message names its field (the summary
 * lists them out of context). An empty family card number keeps the stored
 * one: the form never shows it in full, so it cannot be sent back.
 */
export const profileSchema = z.object({
  phone: z
    .string()
    .trim()
    .max(40, "profile.error.phone")
    .default("")
    .refine((value) => value === "" || normalizePhone(value) !== null, "profile.error.phone")
    .transform((value) => (value === "" ? null : normalizePhone(value))),
  kkNumber: z
    .string()
    .default("")
    .transform((value) => value.replace(/\s+/g, ""))
    .refine((value) => value === "" || /^\d{16}$/.test(value), "profile.error.kkNumber")
    .transform((value) => (value === "" ? undefined : value)),
  birthPlace: clearable(60, "profile.error.birthPlace"),
  addressLine: clearable(200, "profile.error.addressLine").refine((value) => value === null || value.length >= ADDRESS_MIN, "profile.error.addressLine"),
  village: clearable(80, "profile.error.village"),
  district: clearable(80, "profile.error.district"),
  regency: clearable(80, "profile.error.regency"),
  province: clearable(80, "profile.error.province"),
  postalCode: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^\d{5}$/.test(value), "profile.error.postalCode")
    .transform((value) => (value === "" ? null : value)),
});
export type ProfileInput = z.output<typeof profileSchema>;
