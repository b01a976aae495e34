import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** Every status, in lifecycle order: for labels, filters and legends. */
export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "NEEDS_CORRECTION",
  "APPROVED",
  "REJECTED",
  "COMPLETED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];
