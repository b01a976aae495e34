import { z } from "zod";

const slug = z.string().trim().min(1, "visit.error.chooseService").max(120);

export const bookVisitSchema = z.object({
  locationSlug: slug,
  serviceSlug: slug,
  slotId: z.string().trim().min(1, "visit.error.chooseSlot").max(64),
  applicationId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
});
export type BookVisitInput = z.input<typeof bookVisitSchema>;

export const rescheduleVisitSchema = z.object({
  code: z.string().trim().min(1).max(20),
  slotId: z.string().trim().min(1, "visit.error.chooseSlot").max(64),
});
