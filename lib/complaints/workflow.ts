import type { ComplaintKind, ComplaintStatus, IdentityMode } from "@/lib/generated/prisma/enums";

/**
 * The complaint lifecycle (DESIGN.md §5, SP4N-LAPOR! practice): the one place
 * that knows which event moves a complaint from which status to which, and
 * which party fires it. Nothing else compares statuses; callers ask here.
 *
 *   RECEIVED ─verify─▶ VERIFIED ─route─▶ ROUTED ─claim─▶ IN_PROGRESS ─respond─▶ RESPONDED ─accept/close─▶ CLOSED
 *      │                  │                ▲                │   ▲                  │
 *      └──reject──────────┴─▶ REJECTED     └────release─────┘   └──claim── REOPENED ◀┘ dispute (within the window)
 */
export const COMPLAINT_STATUSES = [
  "RECEIVED",
  "VERIFIED",
  "ROUTED",
  "IN_PROGRESS",
  "RESPONDED",
  "REOPENED",
  "CLOSED",
  "REJECTED",
] as const satisfies readonly ComplaintStatus[];

export const COMPLAINT_EVENTS = ["verify", "route", "reject", "claim", "release", "respond", "accept", "dispute", "close"] as const;
export type ComplaintEventName = (typeof COMPLAINT_EVENTS)[number];

/**
 * Who fires an event: the verifier (staff who checks and routes), the handler
 * (an officer of the agency it was routed to, or the integrity unit for
 * whistleblowing), the filer (signed in, or holding the tracking code and
 * secret), or the system (the sweep closing an undisputed response).
 */
export type ComplaintParty = "verifier" | "handler" | "filer" | "system";

type Transition = {
  from: readonly ComplaintStatus[];
  to: ComplaintStatus;
  by: ComplaintParty;
  noteRequired: boolean;
  /** Only the complaint's holder, the officer who claimed it, may fire it; a colleague waits until it is released (or its holder leaves). */
  holderOnly: boolean;
};

const TRANSITIONS: Record<ComplaintEventName, Transition> = {
  verify: { from: ["RECEIVED"], to: "VERIFIED", by: "verifier", noteRequired: false, holderOnly: false },
  route: { from: ["VERIFIED"], to: "ROUTED", by: "verifier", noteRequired: false, holderOnly: false },
  reject: { from: ["RECEIVED", "VERIFIED"], to: "REJECTED", by: "verifier", noteRequired: true, holderOnly: false },
  claim: { from: ["ROUTED", "REOPENED"], to: "IN_PROGRESS", by: "handler", noteRequired: false, holderOnly: false },
  release: { from: ["IN_PROGRESS"], to: "ROUTED", by: "handler", noteRequired: false, holderOnly: true },
  respond: { from: ["IN_PROGRESS"], to: "RESPONDED", by: "handler", noteRequired: true, holderOnly: true },
  accept: { from: ["RESPONDED"], to: "CLOSED", by: "filer", noteRequired: false, holderOnly: false },
  dispute: { from: ["RESPONDED"], to: "REOPENED", by: "filer", noteRequired: true, holderOnly: false },
  close: { from: ["RESPONDED"], to: "CLOSED", by: "system", noteRequired: false, holderOnly: false },
};

/** The timeline entry each event writes (ComplaintEvent.type). */
export const COMPLAINT_EVENT_TYPE: Record<ComplaintEventName, string> = {
  verify: "verified",
  route: "routed",
  reject: "rejected",
  claim: "claimed",
  release: "released",
  respond: "responded",
  accept: "accepted",
  dispute: "disputed",
  close: "closed",
};

/** The status an event leads to from `status`, or null when the event does not apply there. */
export function nextComplaintStatus(status: ComplaintStatus, event: ComplaintEventName): ComplaintStatus | null {
  const transition = TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function complaintEventParty(event: ComplaintEventName): ComplaintParty {
  return TRANSITIONS[event].by;
}

export function complaintEventNeedsNote(event: ComplaintEventName): boolean {
  return TRANSITIONS[event].noteRequired;
}

/** Only the officer holding the complaint may fire the event (the case page's buttons and the use cases both ask). */
export function complaintRequiresHolder(event: ComplaintEventName): boolean {
  return TRANSITIONS[event].holderOnly;
}

/** The events a party may fire on a complaint in `status`, in lifecycle order. */
export function availableComplaintEvents(status: ComplaintStatus, party: ComplaintParty): ComplaintEventName[] {
  return COMPLAINT_EVENTS.filter((event) => TRANSITIONS[event].by === party && nextComplaintStatus(status, event));
}

/** Not yet finished: the filer may still add information. */
export function isComplaintOpen(status: ComplaintStatus): boolean {
  return !isComplaintClosed(status) && !isComplaintRejected(status);
}

/** Finished: accepted by the filer, or closed undisputed after the response. */
export function isComplaintClosed(status: ComplaintStatus): boolean {
  return status === "CLOSED";
}

/** Refused by a verifier, with a reason. */
export function isComplaintRejected(status: ComplaintStatus): boolean {
  return status === "REJECTED";
}

/** Answered: the filer may accept or dispute the response (and the sweep closes it once the window passes). */
export function isAwaitingFiler(status: ComplaintStatus): boolean {
  return TRANSITIONS.accept.from.includes(status);
}

/**
 * Which working-day clock runs (DESIGN.md §5): verify and route from filing;
 * follow up from routing (or from a dispute). None while the answer waits on
 * the filer, nor once finished.
 */
export type SlaPhase = "verify" | "followUp";
export function slaPhaseOf(status: ComplaintStatus): SlaPhase | null {
  if (status === "RECEIVED" || status === "VERIFIED") return "verify";
  if (status === "ROUTED" || status === "IN_PROGRESS" || status === "REOPENED") return "followUp";
  return null;
}

/** The statuses of one SLA phase, for queries. */
export function statusesOfPhase(phase: SlaPhase): ComplaintStatus[] {
  return COMPLAINT_STATUSES.filter((status) => slaPhaseOf(status) === phase);
}

/** Past verification and not refused: an agency (or the integrity unit) owns it. */
export function isRouted(status: ComplaintStatus): boolean {
  return status === "ROUTED" || status === "IN_PROGRESS" || status === "RESPONDED" || status === "REOPENED" || status === "CLOSED";
}

/**
 * Whether the complaint's text may be published (public list, Open311,
 * "add your voice"): never a whistleblowing report, never a confidential
 * complaint, and only once a verifier has checked it, so abuse or someone's
 * personal data is not published unread. A rejected complaint stays unpublished.
 */
export function isPubliclyVisible(complaint: { kind: ComplaintKind; identityMode: IdentityMode; status: ComplaintStatus }): boolean {
  if (complaint.kind === "WHISTLEBLOWING" || complaint.identityMode === "CONFIDENTIAL") return false;
  return complaint.status !== "RECEIVED" && complaint.status !== "REJECTED";
}

/** The statuses a published complaint may be in (for queries). */
export const PUBLISHED_STATUSES = COMPLAINT_STATUSES.filter((status) => status !== "RECEIVED" && status !== "REJECTED");
/** Published and still open: the public list's "terbuka", and what "add your voice" offers. */
export const PUBLISHED_OPEN_STATUSES = PUBLISHED_STATUSES.filter(isComplaintOpen);
/** Published and finished: the public list's "selesai". */
export const PUBLISHED_CLOSED_STATUSES = PUBLISHED_STATUSES.filter((status) => !isComplaintOpen(status));
/** The identity modes whose complaints may be published (isPubliclyVisible). */
export const PUBLISHED_IDENTITY_MODES = ["PUBLIC", "ANONYMOUS"] as const satisfies readonly IdentityMode[];

/*
 * The named status sets, for queries and filters: every caller that needs a
 * list of statuses takes one of these, never writes its own.
 */

/** A filed complaint waits for verification. */
export const COMPLAINT_INITIAL_STATUS = "RECEIVED" satisfies ComplaintStatus;
/** Not yet finished (isComplaintOpen). */
export const COMPLAINT_OPEN_STATUSES = COMPLAINT_STATUSES.filter(isComplaintOpen);
/** Finished: closed or rejected; nothing waits on an answer any more. */
export const COMPLAINT_FINAL_STATUSES = COMPLAINT_STATUSES.filter((status) => !isComplaintOpen(status));
/** Past verification and not refused (isRouted). */
export const COMPLAINT_ROUTED_STATUSES = COMPLAINT_STATUSES.filter(isRouted);
/** Routed and open: the receiving agency's work (its queue's default view). */
export const COMPLAINT_HANDLING_STATUSES = COMPLAINT_ROUTED_STATUSES.filter(isComplaintOpen);
/** Answered and waiting on the filer: the sweep closes these once the dispute window passed. */
export const COMPLAINT_AWAITING_FILER_STATUSES = TRANSITIONS.close.from;

/** Open311 knows two statuses. */
export function open311Status(status: ComplaintStatus): "open" | "closed" {
  return isComplaintOpen(status) ? "open" : "closed";
}

/** The last moment a response may be disputed: `days` calendar days after it (DESIGN.md §5: "within 10 days"). */
export function disputeDeadlineAfter(respondedAt: Date, days: number): Date {
  return new Date(respondedAt.getTime() + days * 86_400_000);
}

export function mayDispute(complaint: { status: ComplaintStatus; disputeDeadline: Date | null }, now: Date): boolean {
  return isAwaitingFiler(complaint.status) && !!complaint.disputeDeadline && now.getTime() <= complaint.disputeDeadline.getTime();
}

/** Rating the handling: once, after an answer was given and the complaint closed. */
export function mayRate(complaint: { status: ComplaintStatus; respondedAt: Date | null; rating: number | null }): boolean {
  return isComplaintClosed(complaint.status) && !!complaint.respondedAt && complaint.rating === null;
}

/** The public channel's kinds; whistleblowing has its own channel. */
export const PUBLIC_KINDS = ["COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST"] as const satisfies readonly ComplaintKind[];
export type PublicKind = (typeof PUBLIC_KINDS)[number];
export const IDENTITY_MODES = ["PUBLIC", "CONFIDENTIAL", "ANONYMOUS"] as const satisfies readonly IdentityMode[];

/**
 * What the person who filed sees as the status. A whistleblowing report never
 * goes to an agency (the integrity unit handles it; the agency it names is
 * the one reported), so its reporter is told only the integrity channel's
 * steps: received, with the integrity unit, answered, reopened, closed or
 * refused. A complaint's filer sees the lifecycle as it is.
 */
export const FILER_STATUSES = [...COMPLAINT_STATUSES, "WITH_INTEGRITY_UNIT"] as const;
export type FilerStatus = (typeof FILER_STATUSES)[number];

export function filerFacingStatus(kind: ComplaintKind, status: ComplaintStatus): FilerStatus {
  if (kind !== "WHISTLEBLOWING") return status;
  return status === "VERIFIED" || status === "ROUTED" || status === "IN_PROGRESS" ? "WITH_INTEGRITY_UNIT" : status;
}

/**
 * The timeline entry the filer sees for an event (ComplaintEvent.type): on
 * the integrity channel, taking a report up and putting it back are the
 * integrity unit's, never an agency's queue.
 */
export function filerFacingEventType(kind: ComplaintKind, type: string): string {
  if (kind !== "WHISTLEBLOWING") return type;
  if (type === "routed") return "integrityTakenUp";
  if (type === "released") return "integrityReleased";
  return type;
}
