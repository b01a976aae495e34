import { z } from "zod";
import { isValidLocalDate } from "@/lib/sla/local-time";

export const HOLIDAY_KINDS = ["NATIONAL", "CUTI_BERSAMA", "REGIONAL"] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

const NAME_MAX_LENGTH = 150;

/** Blank means "no region": forms send "" for an untouched field, CSV an empty cell. */
const optionalText = z
  .string({ error: "holiday.error.regionCodeInvalid" })
  .trim()
  .optional()
  .nullable()
  .transform((value) => (value ? value : null));

/**
 * One holiday as an admin enters it (form or CSV row). Messages are catalog
 * keys. `date` stays a "YYYY-MM-DD" string: it is a calendar date, and
 * turning it into an instant here would tie it to some zone.
 */
export const holidayInputSchema = z
  .object({
    date: z
      .string({ error: "holiday.error.dateRequired" })
      .trim()
      .min(1, "holiday.error.dateRequired")
      // An empty date already has its message; "invalid" on top would only confuse.
      .refine((date) => date === "" || isValidLocalDate(date), "holiday.error.dateInvalid"),
    nameId: z.string({ error: "holiday.error.nameIdRequired" }).trim().min(1, "holiday.error.nameIdRequired").max(NAME_MAX_LENGTH, "holiday.error.nameTooLong"),
    nameEn: z.string({ error: "holiday.error.nameEnRequired" }).trim().min(1, "holiday.error.nameEnRequired").max(NAME_MAX_LENGTH, "holiday.error.nameTooLong"),
    kind: z.enum(HOLIDAY_KINDS, { error: "holiday.error.kindInvalid" }),
    regionCode: optionalText,
  })
  .superRefine(
    (holiday, ctx) => {
      // Runs even when other fields failed (see `when`), so an import lists
      // every problem of a row at once; failed fields may be missing here.
      const kind: unknown = holiday.kind;
      const regionCode = typeof holiday.regionCode === "string" ? holiday.regionCode : null;
      if (kind === "REGIONAL") {
        if (regionCode === null) {
          ctx.addIssue({ code: "custom", path: ["regionCode"], message: "holiday.error.regionCodeRequired" });
        } else if (!/^\d{2}$/.test(regionCode)) {
          // Province codes (Kemendagri) are two digits, e.g. "51" for Bali.
          ctx.addIssue({ code: "custom", path: ["regionCode"], message: "holiday.error.regionCodeInvalid" });
        }
      } else if ((kind === "NATIONAL" || kind === "CUTI_BERSAMA") && regionCode !== null) {
        ctx.addIssue({ code: "custom", path: ["regionCode"], message: "holiday.error.regionCodeNotAllowed" });
      }
    },
    { when: () => true },
  );

export type HolidayInput = z.output<typeof holidayInputSchema>;

/** The @db.Date value for a holiday's date: midnight UTC, which Prisma stores as that date. */
export function holidayDateValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
