import { APPLICATION_OPEN_STATUSES, isCompleted, isFinal, isOpen, isRejected, isSlaPaused } from "@/lib/applications/workflow";
import { COMPLAINT_FINAL_STATUSES } from "@/lib/complaints/workflow";
import type { ApplicationStatus, ComplaintKind } from "@/lib/generated/prisma/enums";

/** How the dashboard classifies records, asking the application lifecycle (lib/applications/workflow.ts). */
export type ApplicationOutcome = "draft" | "open" | "completed" | "rejected" | "withdrawn";

export function applicationOutcome(status: ApplicationStatus): ApplicationOutcome {
  if (isOpen(status)) return "open";
  if (!isFinal(status)) return "draft";
  if (isCompleted(status)) return "completed";
  if (isRejected(status)) return "rejected";
  return "withdrawn";
}

/** The statuses of the backlog: submitted and not finished. */
export const OPEN_STATUSES = APPLICATION_OPEN_STATUSES;

/** SLA status of an open application on the dashboard: the engine's three, plus waiting on the citizen. */
export const BACKLOG_STATUSES = ["ON_TRACK", "AT_RISK", "BREACHED", "PAUSED"] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

export const backlogPaused = (status: ApplicationStatus) => isSlaPaused(status);

/**
 * Age of an open application in whole working days since submission:
 * 0–2, 3–5, 6–10, 11–20 and more than 20.
 */
export const AGE_BUCKETS = [
  { min: 0, max: 2 },
  { min: 3, max: 5 },
  { min: 6, max: 10 },
  { min: 11, max: 20 },
  { min: 21, max: null },
] as const;

export function ageBucketOf(wholeWorkingDays: number): number {
  const index = AGE_BUCKETS.findIndex((bucket) => bucket.max === null || wholeWorkingDays <= bucket.max);
  return index < 0 ? AGE_BUCKETS.length - 1 : index;
}

/**
 * Complaints on the public dashboard: every kind but whistleblowing, whose
 * reports belong to the integrity unit alone (DESIGN.md §5).
 */
export const PUBLIC_COMPLAINT_KINDS = ["COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST"] as const satisfies readonly ComplaintKind[];

/**
 * A complaint with no answer yet that is still waiting for one: rejected
 * (with a reason) and closed complaints are not waiting, so they are never overdue.
 */
export const NOT_WAITING_COMPLAINT_STATUSES = COMPLAINT_FINAL_STATUSES;
