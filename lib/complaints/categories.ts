import type { ComplaintKind } from "@/lib/generated/prisma/enums";

/**
 * What a complaint is about, as the filer picks it. Stored as the code; the
 * label is `complaint.category.<code>` in the message catalog.
 */
export const COMPLAINT_CATEGORIES = [
  "delay",
  "requirements",
  "fees",
  "staffConduct",
  "information",
  "facilities",
  "digitalService",
  // Keberatan: the citizen disputes a decision on their application (offered on a rejected application's page).
  "decisionObjection",
  "other",
] as const;

/** Whistleblowing (pengaduan pelanggaran): kinds of misconduct, as in the government WBS guidelines. */
export const WHISTLEBLOWING_CATEGORIES = [
  "corruption",
  "gratification",
  "abuseOfAuthority",
  "conflictOfInterest",
  "extortion",
  "disciplinaryBreach",
  "other",
] as const;

export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number] | (typeof WHISTLEBLOWING_CATEGORIES)[number];

export function categoriesFor(kind: ComplaintKind): readonly ComplaintCategory[] {
  return kind === "WHISTLEBLOWING" ? WHISTLEBLOWING_CATEGORIES : COMPLAINT_CATEGORIES;
}

/** Why a verifier refuses a complaint (issue: not a complaint, duplicate, not the portal's authority). */
export const REJECTION_CODES = ["notAComplaint", "duplicate", "outOfAuthority"] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** "Rate the handling": the SKM scale (1 = tidak baik … 4 = sangat baik). */
export const RATING_VALUES = [1, 2, 3, 4] as const;
