import { z } from "zod";
import { normalizeHexColour } from "./contrast";

/** The three Indonesian time zones (WIB, WITA, WIT) as IANA zones. */
export const PORTAL_TIMEZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

const required = (max: number) => z.string({ error: "settings.error.required" }).trim().min(1, "settings.error.required").max(max, "settings.error.tooLong");

/** Blank means "not given". */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "settings.error.tooLong")
    .optional()
    .transform((value) => value || null);

const colour = z.string({ error: "settings.error.colour" }).transform((value, context) => {
  const hex = normalizeHexColour(value);
  if (hex) return hex;
  context.addIssue({ code: "custom", message: "settings.error.colour" });
  return z.NEVER;
});

/** What the admin's settings form posts (the logo travels beside it as a file). */
export const portalSettingsSchema = z.object({
  /** The version the form was opened on: the save writes the next one, once. */
  revision: z.coerce.number({ error: "settings.error.stale" }).int().min(0),
  portalName: required(60),
  governmentNameId: required(150),
  governmentNameEn: required(150),
  colorHeader: colour,
  colorAction: colour,
  contactEmail: optional(200).refine((email) => email === null || z.email().safeParse(email).success, "settings.error.email"),
  contactPhone: optional(50),
  contactAddress: optional(300),
  timezone: z.enum(PORTAL_TIMEZONES, { error: "settings.error.timezone" }),
  /** "on" drops the current logo (a new upload replaces it anyway). */
  removeLogo: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

export type PortalSettingsInput = z.output<typeof portalSettingsSchema>;
