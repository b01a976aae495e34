import { z } from "zod";
import { isValidLocalDate } from "@/lib/sla/local-time";

/** The three Indonesian time zones (DESIGN.md §2) as IANA zones. */
export const AGENCY_TIMEZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

const required = (max: number) =>
  z.string({ error: "catalogAdmin.error.textRequired" }).trim().min(1, "catalogAdmin.error.textRequired").max(max, "catalogAdmin.error.tooLong");

/** Blank means "not given". */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "catalogAdmin.error.tooLong")
    .optional()
    .transform((value) => value || null);

const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "catalogAdmin.error.clockTime");

const agencyFields = {
  nameId: required(200),
  nameEn: required(200),
  descriptionId: optional(2000),
  descriptionEn: optional(2000),
  timezone: z.enum(AGENCY_TIMEZONES, { error: "catalogAdmin.error.choiceInvalid" }),
  regionCode: optional(2).refine((code) => code === null || /^\d{2}$/.test(code), "catalogAdmin.error.regionCode"),
  officeOpens: clockTime,
  officeCloses: clockTime,
  email: optional(200).refine((email) => email === null || z.email().safeParse(email).success, "catalogAdmin.error.email"),
  phone: optional(50),
  address: optional(500),
  website: optional(200).refine((url) => url === null || /^https?:\/\/\S+$/.test(url), "catalogAdmin.error.website"),
};

const officeHoursInOrder = (agency: { officeOpens: string; officeCloses: string }) => agency.officeOpens < agency.officeCloses;

export const agencyUpdateSchema = z.object(agencyFields).refine(officeHoursInOrder, { path: ["officeCloses"], message: "catalogAdmin.error.officeHours" });

/** The code goes into tracking numbers (DISDUKCAPIL-2026-000123), so it is set once, at creation. */
export const agencyCreateSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9]{1,19}$/, "catalogAdmin.error.agencyCode"),
    ...agencyFields,
  })
  .refine(officeHoursInOrder, { path: ["officeCloses"], message: "catalogAdmin.error.officeHours" });

export const SERVICE_STATUSES = ["DRAFT", "PUBLISHED", "RETIRED"] as const;

const serviceFields = {
  agencyId: z.string({ error: "catalogAdmin.error.choiceInvalid" }).min(1, "catalogAdmin.error.choiceInvalid"),
  categoryId: z.string({ error: "catalogAdmin.error.choiceInvalid" }).min(1, "catalogAdmin.error.choiceInvalid"),
  nameId: required(200),
  nameEn: required(200),
  summaryId: required(1000),
  summaryEn: required(1000),
  keywords: z.string().trim().max(500, "catalogAdmin.error.tooLong").default(""),
};

export const serviceSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "catalogAdmin.error.slug")
  .max(100, "catalogAdmin.error.tooLong");

export const serviceCreateSchema = z.object({ slug: serviceSlugSchema, ...serviceFields });
export const serviceUpdateSchema = z.object({
  ...serviceFields,
  status: z.enum(SERVICE_STATUSES, { error: "catalogAdmin.error.choiceInvalid" }),
});

export const publishInputSchema = z.object({
  revision: z.coerce.number().int().min(0),
  decreeNumber: required(150),
  effectiveFrom: z
    .string({ error: "catalogAdmin.error.date" })
    .trim()
    .refine((date) => isValidLocalDate(date), "catalogAdmin.error.date"),
});

/** SLA and fee as posted: whole numbers, or empty while the draft is unfinished. */
export const draftNumbersSchema = z.object({
  slaWorkingDays: z
    .string()
    .trim()
    .regex(/^(\d{1,3})?$/, "catalogAdmin.error.slaDays")
    .transform((value) => (value ? Number(value) : null))
    .refine((days) => days === null || (days >= 1 && days <= 365), "catalogAdmin.error.slaDays"),
  feeAmount: z
    .string()
    .trim()
    // People write Rupiah with thousands dots: "50.000".
    .transform((value) => value.replace(/[.\s]/g, ""))
    .refine((value) => /^(\d{1,10})?$/.test(value), "catalogAdmin.error.fee")
    .transform((value) => (value ? Number(value) : null)),
});
