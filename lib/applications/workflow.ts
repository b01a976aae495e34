import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The application lifecycle (DESIGN.md §3): the one place that knows which
 * event moves an application from which status to which, and who may fire it.
 * Nothing else compares statuses; callers ask this module.
 */
export const APPLICATION_EVENTS = [
  "submit",
  "withdraw",
  "claim",
  "release",
  "requestCorrection",
  "resubmit",
  "approve",
  "reject",
  "issue",
] as const;
export type ApplicationEventName = (typeof APPLICATION_EVENTS)[number];

/** Who fires an event: the applicant, or an officer of the agency handling it. */
export type WorkflowParty = "citizen" | "officer";

type Transition = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: WorkflowParty;
  /** A note the actor must give (a reason for a rejection, what to fix for a correction). */
  noteRequired: boolean;
};

const TRANSITIONS: Record<ApplicationEventName, Transition> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", by: "citizen", noteRequired: false },
  // "Before a decision": once approved or rejected there is nothing left to withdraw from.
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION"],
    to: "WITHDRAWN",
    by: "citizen",
    noteRequired: false,
  },
  claim: { from: ["SUBMITTED"], to: "IN_REVIEW", by: "officer", noteRequired: false },
  // An officer hands a claimed case back to the agency's queue (or a supervisor reassigns it).
  release: { from: ["IN_REVIEW"], to: "SUBMITTED", by: "officer", noteRequired: false },
  requestCorrection: { from: ["IN_REVIEW"], to: "NEEDS_CORRECTION", by: "officer", noteRequired: true },
  resubmit: { from: ["NEEDS_CORRECTION"], to: "IN_REVIEW", by: "citizen", noteRequired: false },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", by: "officer", noteRequired: false },
  reject: { from: ["IN_REVIEW"], to: "REJECTED", by: "officer", noteRequired: true },
  issue: { from: ["APPROVED"], to: "COMPLETED", by: "officer", noteRequired: false },
};

/** The status an event leads to from `status`, or null when the event does not apply there. */
export function nextStatus(status: ApplicationStatus, event: ApplicationEventName): ApplicationStatus | null {
  const transition = TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function firedBy(event: ApplicationEventName): WorkflowParty {
  return TRANSITIONS[event].by;
}

export function requiresNote(event: ApplicationEventName): boolean {
  return TRANSITIONS[event].noteRequired;
}

/** The events a party may fire on an application in `status`, in lifecycle order. */
export function availableEvents(status: ApplicationStatus, party: WorkflowParty): ApplicationEventName[] {
  return APPLICATION_EVENTS.filter((event) => TRANSITIONS[event].by === party && nextStatus(status, event));
}

/** The citizen may still change the answers and documents. */
export function isEditableByCitizen(status: ApplicationStatus): boolean {
  return status === "DRAFT" || status === "NEEDS_CORRECTION";
}

/** Submitted and not yet finished: the SLA clock is (or may be) running. */
export function isOpen(status: ApplicationStatus): boolean {
  return status === "SUBMITTED" || status === "IN_REVIEW" || status === "NEEDS_CORRECTION" || status === "APPROVED";
}

/** The clock waits on the citizen (DESIGN.md §4). */
export function isSlaPaused(status: ApplicationStatus): boolean {
  return status === "NEEDS_CORRECTION";
}

/** A decision or an end: no further event can happen. */
export function isFinal(status: ApplicationStatus): boolean {
  return status === "COMPLETED" || status === "REJECTED" || status === "WITHDRAWN";
}

/** Refused by the agency: the citizen may object, complain or apply again (lib/applications/rejection.ts). */
export function isRejected(status: ApplicationStatus): boolean {
  return status === "REJECTED";
}

/** Everything but drafts: what has a tracking number and shows in the agency's books. */
export function isSubmitted(status: ApplicationStatus): boolean {
  return status !== "DRAFT";
}

/**
 * The statuses in which an officer holds a case: they claimed it and it is not
 * finished. A supervisor may hand such a case to another officer; a case in
 * the queue (SUBMITTED) is claimed, not assigned, and a finished one
 * (COMPLETED, REJECTED, WITHDRAWN) stays with whoever finished it.
 */
export const OFFICER_HELD_STATUSES = ["IN_REVIEW", "NEEDS_CORRECTION", "APPROVED"] as const satisfies readonly ApplicationStatus[];

/** A supervisor may reassign the case to another officer. */
export function isReassignable(status: ApplicationStatus): boolean {
  return (OFFICER_HELD_STATUSES as readonly ApplicationStatus[]).includes(status);
}
