import { REJECTION_REASONS, type RejectionReason } from "./officer-input";

/** What the citizen is told about a rejection: the reason from the list and the officer's words. */
export type Rejection = { reason: RejectionReason | null; note: string | null; at: Date };

type RecordedEvent = { type: string; note?: string | null; data?: unknown; createdAt: Date };

const isReason = (value: unknown): value is RejectionReason => typeof value === "string" && (REJECTION_REASONS as readonly string[]).includes(value);

/** The last rejection in an application's timeline, or null when it was never rejected. */
export function rejectionFrom(events: readonly RecordedEvent[]): Rejection | null {
  const event = events.findLast((candidate) => candidate.type === "rejected");
  if (!event) return null;
  const reason = event.data && typeof event.data === "object" && "reason" in event.data ? event.data.reason : null;
  return { reason: isReason(reason) ? reason : null, note: event.note ?? null, at: event.createdAt };
}

/**
 * Applying again starts a new draft from the rejected answers. It is offered
 * while the service takes applications, except after a rejection as a
 * duplicate: the other application is the one being handled.
 */
export function mayApplyAgain(rejection: Rejection, serviceTakesApplications: boolean): boolean {
  return serviceTakesApplications && rejection.reason !== "duplicate";
}
