import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The application lifecycle (DESIGN.md §3): the one place that knows which
 * event moves an application from which status to which, and who may fire it.
 * Nothing else compares statuses; callers ask this module.
 */
export const APPLICATION_EVENTS = [
  "submit",
  "submitForPayment",
  "withdraw",
  "claim",
  "release",
  "requestCorrection",
  "resubmit",
  "approve",
  "approveForPayment",
  "paidAtSubmission",
  "paidAfterVerification",
  "reject",
  "issue",
] as const;
export type ApplicationEventName = (typeof APPLICATION_EVENTS)[number];

/**
 * Who fires an event: the applicant, an officer of the agency handling it, or
 * the payment a provider reports through the portal's callback (issue 20).
 */
export type WorkflowParty = "citizen" | "officer" | "payment";

type Transition = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: WorkflowParty;
  /** A note the actor must give (a reason for a rejection, what to fix for a correction). */
  noteRequired: boolean;
  /**
   * Only the case's holder, the officer assigned to it, may fire it: a
   * colleague of the same agency must first have it reassigned by a supervisor.
   */
  holderOnly: boolean;
  /**
   * The same action as another event, taken instead of it when the standard's
   * fee rule bills at this step (issue 20): no button of its own.
   */
  variantOf?: ApplicationEventName;
};

const TRANSITIONS: Record<ApplicationEventName, Transition> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", by: "citizen", noteRequired: false, holderOnly: false },
  // A service whose fee rule bills at submission: the case waits for the payment before it reaches the queue.
  submitForPayment: { from: ["DRAFT"], to: "AWAITING_PAYMENT", by: "citizen", noteRequired: false, holderOnly: false, variantOf: "submit" },
  // "Before a decision": once approved or rejected there is nothing left to withdraw from.
  // An unpaid bill is cancelled with the withdrawal.
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "AWAITING_PAYMENT"],
    to: "WITHDRAWN",
    by: "citizen",
    noteRequired: false,
    holderOnly: false,
  },
  claim: { from: ["SUBMITTED"], to: "IN_REVIEW", by: "officer", noteRequired: false, holderOnly: false },
  // An officer hands a claimed case back to the agency's queue (or a supervisor reassigns it).
  release: { from: ["IN_REVIEW"], to: "SUBMITTED", by: "officer", noteRequired: false, holderOnly: true },
  requestCorrection: { from: ["IN_REVIEW"], to: "NEEDS_CORRECTION", by: "officer", noteRequired: true, holderOnly: true },
  resubmit: { from: ["NEEDS_CORRECTION"], to: "IN_REVIEW", by: "citizen", noteRequired: false, holderOnly: false },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", by: "officer", noteRequired: false, holderOnly: true },
  // A fee computed from the verified answers: approving bills the citizen, and the approval takes effect once paid.
  approveForPayment: { from: ["IN_REVIEW"], to: "AWAITING_PAYMENT", by: "officer", noteRequired: false, holderOnly: true, variantOf: "approve" },
  paidAtSubmission: { from: ["AWAITING_PAYMENT"], to: "SUBMITTED", by: "payment", noteRequired: false, holderOnly: false },
  paidAfterVerification: { from: ["AWAITING_PAYMENT"], to: "APPROVED", by: "payment", noteRequired: false, holderOnly: false },
  reject: { from: ["IN_REVIEW"], to: "REJECTED", by: "officer", noteRequired: true, holderOnly: true },
  // The officer who approved (and so holds) the case issues its output; anyone else has it reassigned first.
  issue: { from: ["APPROVED"], to: "COMPLETED", by: "officer", noteRequired: false, holderOnly: true },
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

/** Only the officer holding the case may fire the event (the back-office buttons and the use cases both ask). */
export function requiresHolder(event: ApplicationEventName): boolean {
  return TRANSITIONS[event].holderOnly;
}

/** The status an event leads to, wherever it starts (to recognise an event that already happened). */
export function statusAfter(event: ApplicationEventName): ApplicationStatus {
  return TRANSITIONS[event].to;
}

/** The events a party may fire on an application in `status`, in lifecycle order (a billing variant is its base event's button). */
export function availableEvents(status: ApplicationStatus, party: WorkflowParty): ApplicationEventName[] {
  return APPLICATION_EVENTS.filter((event) => TRANSITIONS[event].by === party && !TRANSITIONS[event].variantOf && nextStatus(status, event));
}

/** Not submitted yet: the citizen's private work, unknown to the back office. */
export function isDraft(status: ApplicationStatus): boolean {
  return status === DRAFT_STATUS;
}

/** Sent back to the citizen, who is to fix what the officer named and resubmit. */
export function isAwaitingCorrection(status: ApplicationStatus): boolean {
  return nextStatus(status, "resubmit") !== null;
}

/** Waits for the citizen to pay a bill (issue 20). */
export function isAwaitingPayment(status: ApplicationStatus): boolean {
  return status === "AWAITING_PAYMENT";
}

/** The event that moves a paid case on: back to the queue, or on to the approval the bill was for. */
export function paidEvent(trigger: "submission" | "verification"): ApplicationEventName {
  return trigger === "submission" ? "paidAtSubmission" : "paidAfterVerification";
}

/** The citizen may still change the answers and documents. */
export function isEditableByCitizen(status: ApplicationStatus): boolean {
  return isDraft(status) || isAwaitingCorrection(status);
}

/** Submitted and not yet finished: the SLA clock is (or may be) running. */
export function isOpen(status: ApplicationStatus): boolean {
  return status === "SUBMITTED" || status === "IN_REVIEW" || status === "NEEDS_CORRECTION" || status === "AWAITING_PAYMENT" || status === "APPROVED";
}

/** The clock waits on the citizen (DESIGN.md §4): a correction, or a payment (§14). */
export function isSlaPaused(status: ApplicationStatus): boolean {
  return status === "NEEDS_CORRECTION" || status === "AWAITING_PAYMENT";
}

/** A decision or an end: no further event can happen. */
export function isFinal(status: ApplicationStatus): boolean {
  return status === "COMPLETED" || status === "REJECTED" || status === "WITHDRAWN";
}

/** Finished with its output issued. */
export function isCompleted(status: ApplicationStatus): boolean {
  return status === "COMPLETED";
}

/** Taken back by the citizen. */
export function isWithdrawn(status: ApplicationStatus): boolean {
  return status === "WITHDRAWN";
}

/** Refused by the agency: the citizen may object, complain or apply again (lib/applications/rejection.ts). */
export function isRejected(status: ApplicationStatus): boolean {
  return status === "REJECTED";
}

/** Everything but drafts: what has a tracking number and shows in the agency's books. */
export function isSubmitted(status: ApplicationStatus): boolean {
  return !isDraft(status);
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

/*
 * The named status sets, for queries and filters: every caller that needs a
 * list of statuses takes one of these, never writes its own.
 */

/** A new application starts as a draft. */
export const DRAFT_STATUS = "DRAFT" satisfies ApplicationStatus;

/** Every status, in lifecycle order: for labels, filters and legends. */
export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "NEEDS_CORRECTION",
  "AWAITING_PAYMENT",
  "APPROVED",
  "REJECTED",
  "COMPLETED",
  "WITHDRAWN",
] as const satisfies readonly ApplicationStatus[];

/** Everything but drafts: the agency's books (isSubmitted). */
export const APPLICATION_SUBMITTED_STATUSES = APPLICATION_STATUSES.filter(isSubmitted);

/** Submitted and not finished: the backlog (isOpen). */
export const APPLICATION_OPEN_STATUSES = APPLICATION_STATUSES.filter(isOpen);

/** Open and not waiting on the citizen: the SLA clock runs (DESIGN.md §4). */
export const APPLICATION_RUNNING_STATUSES = APPLICATION_OPEN_STATUSES.filter((status) => !isSlaPaused(status));

/** Open and waiting on the citizen: the SLA clock is paused. */
export const APPLICATION_PAUSED_STATUSES = APPLICATION_OPEN_STATUSES.filter(isSlaPaused);

/** Held by an officer and running: what counts against that officer when overdue. */
export const OFFICER_HELD_RUNNING_STATUSES = OFFICER_HELD_STATUSES.filter((status) => !isSlaPaused(status));

/** The citizen may still withdraw: before a decision. */
export const WITHDRAWABLE_STATUSES = TRANSITIONS.withdraw.from;

/** Waiting in the agency's queue for an officer to claim it. */
export const CLAIMABLE_STATUSES = TRANSITIONS.claim.from;

/** Approved, its output not yet issued: the agency is mid-way through a legal document. */
export const AWAITING_OUTPUT_STATUSES = TRANSITIONS.issue.from;

/** Whether an application in this status ended without its output: a fee paid for it may be asked back (lib/applications/use-cases/request-refund.ts). */
export function applicationEndedUnserved(status: ApplicationStatus): boolean {
  return isRejected(status) || isWithdrawn(status);
}
