import type { BillStatus } from "@/lib/generated/prisma/enums";

/**
 * The bill lifecycle (DESIGN.md §14): ISSUED → PAID | EXPIRED | CANCELLED;
 * PAID → REFUND_REQUESTED → REFUNDED (paid out) or back to PAID (refused).
 * The one place that compares bill statuses.
 */
export const BILL_EVENTS = ["pay", "expire", "cancel", "requestRefund", "keepPayment", "refund"] as const;
export type BillEventName = (typeof BILL_EVENTS)[number];

const TRANSITIONS: Record<BillEventName, { from: readonly BillStatus[]; to: BillStatus }> = {
  pay: { from: ["ISSUED"], to: "PAID" },
  expire: { from: ["ISSUED"], to: "EXPIRED" },
  cancel: { from: ["ISSUED"], to: "CANCELLED" },
  requestRefund: { from: ["PAID"], to: "REFUND_REQUESTED" },
  keepPayment: { from: ["REFUND_REQUESTED"], to: "PAID" },
  refund: { from: ["REFUND_REQUESTED"], to: "REFUNDED" },
};

export function nextBillStatus(status: BillStatus, event: BillEventName): BillStatus | null {
  const transition = TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function billStatusAfter(event: BillEventName): BillStatus {
  return TRANSITIONS[event].to;
}

/**
 * What the citizen sees: an ISSUED bill past its expiry is expired even before
 * the sweep records it, so no page offers to pay a bill the portal would refuse.
 */
export function effectiveBillStatus(bill: { status: BillStatus; expiresAt: Date }, now: Date): BillStatus {
  return bill.status === "ISSUED" && bill.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : bill.status;
}

/** The bill may still be paid now. */
export function isPayable(bill: { status: BillStatus; expiresAt: Date }, now: Date): boolean {
  return effectiveBillStatus(bill, now) === "ISSUED";
}

/** The money arrived (whatever happened to it later: a refund request or a refund). */
export function isSettled(status: BillStatus): boolean {
  return status === "PAID" || status === "REFUND_REQUESTED" || status === "REFUNDED";
}

export const BILL_STATUSES = ["ISSUED", "PAID", "EXPIRED", "CANCELLED", "REFUND_REQUESTED", "REFUNDED"] as const satisfies readonly BillStatus[];
export const BILL_SETTLED_STATUSES = BILL_STATUSES.filter(isSettled);
export const BILL_OPEN_STATUSES = TRANSITIONS.pay.from;

/** An ISSUED bill whose expiry has passed: what the expiry sweep records as EXPIRED. */
export const BILL_EXPIRABLE_STATUSES = TRANSITIONS.expire.from;
/** A bill whose own payment the citizen may ask back (the application then ended without its output). */
export function isRefundable(status: BillStatus): boolean {
  return nextBillStatus(status, "requestRefund") !== null;
}

/**
 * A bill a new payment code may replace: its expiry passed unpaid (recorded by
 * the sweep or not yet). A cancelled, paid or still payable bill is not.
 */
export function isReissuable(bill: { status: BillStatus; expiresAt: Date }, now: Date): boolean {
  return effectiveBillStatus(bill, now) === "EXPIRED";
}
