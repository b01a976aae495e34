import { z } from "zod";

/** The version a back-office form was rendered with (hidden input), for assertUnchanged. */
export const expectedVersionSchema = z.coerce.number().int().min(0).optional();

export const REJECTION_REASONS = ["requirementsNotMet", "documentsInvalid", "notEligible", "duplicate", "other"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const rejectSchema = z.object({
  reason: z.enum(REJECTION_REASONS, "backOffice.rejectReasonRequired"),
  note: z.string().trim().min(10, "backOffice.rejectNoteTooShort").max(2000, "form.tooLong"),
  version: expectedVersionSchema,
});

export const approveSchema = z.object({
  note: z.string().trim().max(2000, "form.tooLong").optional(),
  version: expectedVersionSchema,
});

export const noteSchema = z.object({
  note: z.string().trim().min(1, "form.required").max(4000, "form.tooLong"),
});

export const checklistSchema = z.object({
  checked: z.array(z.coerce.number().int().min(0).max(200)).max(200),
});

export const reassignSchema = z.object({
  officerId: z.string().min(1, "form.required"),
  version: expectedVersionSchema,
});
