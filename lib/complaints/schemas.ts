import { z } from "zod";
import { expectedVersionSchema } from "@/lib/applications/officer-input";
import { categoriesFor, REJECTION_CODES } from "./categories";
import { IDENTITY_MODES, PUBLIC_KINDS } from "./workflow";

/** An optional text field: a form posts "" for an empty one. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "form.tooLong")
    .optional()
    .transform((value) => value || undefined);

/** A coordinate typed by hand ("-6,2" as well as "-6.2"), or nothing. */
const optionalCoordinate = (min: number, max: number) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : typeof value === "string" ? Number(value.trim().replace(",", ".")) : value),
    z.number("complaint.invalidCoordinate").min(min, "complaint.invalidCoordinate").max(max, "complaint.invalidCoordinate").optional(),
  );

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_MB = 5;
/** All attachments of one complaint together, filing and later additions. */
export const MAX_COMPLAINT_ATTACHMENTS_MB = 20;

export const fileComplaintSchema = z
  .object({
    kind: z.enum([...PUBLIC_KINDS, "WHISTLEBLOWING"], "complaint.kindRequired"),
    identityMode: z.enum(IDENTITY_MODES, "complaint.identityRequired"),
    category: z.string("complaint.categoryRequired").trim().min(1, "complaint.categoryRequired").max(40, "complaint.categoryRequired"),
    title: z.string("complaint.titleTooShort").trim().min(5, "complaint.titleTooShort").max(150, "form.tooLong"),
    body: z.string("complaint.bodyTooShort").trim().min(20, "complaint.bodyTooShort").max(4000, "form.tooLong"),
    serviceSlug: optionalText(120),
    agencyCode: optionalText(40),
    applicationNumber: optionalText(60),
    locationText: optionalText(200),
    latitude: optionalCoordinate(-90, 90),
    longitude: optionalCoordinate(-180, 180),
    /** Whistleblowing and Open311 only: who reports, when they give it (accounts name themselves). */
    reporterName: optionalText(120),
    reporterContact: optionalText(120),
    // Generated into the form when it is rendered: a double click or a retried POST files once.
    submissionKey: z.uuid("error.invalidInput"),
  })
  .superRefine((input, context) => {
    if (!(categoriesFor(input.kind) as readonly string[]).includes(input.category)) {
      context.addIssue({ code: "custom", path: ["category"], message: "complaint.categoryRequired" });
    }
    if ((input.latitude === undefined) !== (input.longitude === undefined)) {
      const path = input.latitude === undefined ? "latitude" : "longitude";
      context.addIssue({ code: "custom", path: [path], message: "complaint.coordinatesTogether" });
    }
  });
export type FileComplaintInput = z.infer<typeof fileComplaintSchema>;

export const routeSchema = z.object({
  agencyCode: optionalText(40),
  note: optionalText(2000),
  version: expectedVersionSchema,
});

export const rejectComplaintSchema = z.object({
  code: z.enum(REJECTION_CODES, "complaint.rejectionCodeRequired"),
  note: z.string("complaint.rejectNoteTooShort").trim().min(10, "complaint.rejectNoteTooShort").max(2000, "form.tooLong"),
  version: expectedVersionSchema,
});

export const respondSchema = z.object({
  response: z.string("complaint.responseTooShort").trim().min(20, "complaint.responseTooShort").max(4000, "form.tooLong"),
  version: expectedVersionSchema,
});

export const staffNoteSchema = z.object({
  note: z.string("form.required").trim().min(1, "form.required").max(4000, "form.tooLong"),
});

export const versionOnlySchema = z.object({ version: expectedVersionSchema });

export const addInformationSchema = z.object({
  text: z.string("complaint.infoTooShort").trim().min(5, "complaint.infoTooShort").max(4000, "form.tooLong"),
  // Minted into the form when it is rendered: a resent post adds the information once.
  submissionKey: z.uuid("error.invalidInput").optional(),
});

export const disputeSchema = z.object({
  reason: z.string("complaint.disputeReasonTooShort").trim().min(10, "complaint.disputeReasonTooShort").max(2000, "form.tooLong"),
});

export const rateSchema = z.object({
  rating: z.coerce.number("complaint.ratingRequired").int("complaint.ratingRequired").min(1, "complaint.ratingRequired").max(4, "complaint.ratingRequired"),
  comment: optionalText(1000),
});

export const trackComplaintSchema = z.object({ code: z.string().max(60), secret: z.string().max(40) });
