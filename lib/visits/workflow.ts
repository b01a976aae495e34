import type { VisitBookingStatus, VisitTicketLine, VisitTicketStatus } from "@/lib/generated/prisma/enums";

/**
 * The office visit's lifecycles (DESIGN.md §13): the one place that knows
 * which event moves a booking or a ticket from which status to which.
 *
 *   BOOKED ─checkIn─▶ CHECKED_IN ─call─▶ CALLED ─serve─▶ SERVED
 *     │                                    └──noShow──▶ NO_SHOW
 *     ├─cancel──▶ CANCELLED
 *     └─expire──▶ EXPIRED   (the day ended and nobody came)
 */
export const BOOKING_STATUSES = [
  "BOOKED",
  "CHECKED_IN",
  "CALLED",
  "SERVED",
  "NO_SHOW",
  "CANCELLED",
  "EXPIRED",
] as const satisfies readonly VisitBookingStatus[];

export const BOOKING_EVENTS = ["checkIn", "call", "serve", "noShow", "cancel", "reschedule", "expire", "closeDay"] as const;
export type BookingEvent = (typeof BOOKING_EVENTS)[number];

/** Who fires an event: the citizen (own booking), the kiosk at the entrance, the counter officer, or the system. */
export type BookingParty = "citizen" | "kiosk" | "officer" | "system";

const BOOKING_TRANSITIONS: Record<BookingEvent, { from: readonly VisitBookingStatus[]; to: VisitBookingStatus; by: BookingParty }> = {
  checkIn: { from: ["BOOKED"], to: "CHECKED_IN", by: "kiosk" },
  call: { from: ["CHECKED_IN", "CALLED"], to: "CALLED", by: "officer" },
  serve: { from: ["CALLED"], to: "SERVED", by: "officer" },
  noShow: { from: ["CALLED"], to: "NO_SHOW", by: "officer" },
  cancel: { from: ["BOOKED"], to: "CANCELLED", by: "citizen" },
  // Moving to another slot keeps the booking (and its code) BOOKED.
  reschedule: { from: ["BOOKED"], to: "BOOKED", by: "citizen" },
  expire: { from: ["BOOKED"], to: "EXPIRED", by: "system" },
  // An ad-hoc closure (a power cut, a ceremony) cancels the day's bookings.
  closeDay: { from: ["BOOKED"], to: "CANCELLED", by: "system" },
};

/** The status an event leads to, or null when it does not apply there. */
export function nextBookingStatus(status: VisitBookingStatus, event: BookingEvent): VisitBookingStatus | null {
  const transition = BOOKING_TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function bookingEventParty(event: BookingEvent): BookingParty {
  return BOOKING_TRANSITIONS[event].by;
}

/** The statuses an event may start from (for conditional UPDATEs: `WHERE status IN (…)`). */
export function bookingStatusesBefore(event: BookingEvent): readonly VisitBookingStatus[] {
  return BOOKING_TRANSITIONS[event].from;
}

/** Active: holds a place (the one-active-booking rule counts these). */
export const BOOKING_ACTIVE_STATUSES = ["BOOKED", "CHECKED_IN", "CALLED"] as const satisfies readonly VisitBookingStatus[];
export function isBookingActive(status: VisitBookingStatus): boolean {
  return (BOOKING_ACTIVE_STATUSES as readonly VisitBookingStatus[]).includes(status);
}

/** Still changeable by the citizen (before the cutoff): not yet at the office. */
export function isBookingChangeable(status: VisitBookingStatus): boolean {
  return nextBookingStatus(status, "cancel") !== null;
}

/** The unique key that allows one active booking per person and service; null once the booking is over. */
export function activeKeyFor(status: VisitBookingStatus, userId: string, serviceId: string): string | null {
  return isBookingActive(status) ? `${userId}:${serviceId}` : null;
}

/**
 * A ticket (the number on the screen): WAITING ─call─▶ CALLED ─serve─▶ SERVED,
 * CALLED ─noShow─▶ NO_SHOW; "call again" keeps it CALLED; "transfer" sends it
 * back to WAITING at another counter.
 */
export const TICKET_EVENTS = ["call", "recall", "serve", "noShow", "transfer"] as const;
export type TicketEvent = (typeof TICKET_EVENTS)[number];

const TICKET_TRANSITIONS: Record<TicketEvent, { from: readonly VisitTicketStatus[]; to: VisitTicketStatus }> = {
  call: { from: ["WAITING"], to: "CALLED" },
  recall: { from: ["CALLED"], to: "CALLED" },
  serve: { from: ["CALLED"], to: "SERVED" },
  noShow: { from: ["CALLED"], to: "NO_SHOW" },
  transfer: { from: ["CALLED"], to: "WAITING" },
};

export function nextTicketStatus(status: VisitTicketStatus, event: TicketEvent): VisitTicketStatus | null {
  const transition = TICKET_TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function ticketStatusesBefore(event: TicketEvent): readonly VisitTicketStatus[] {
  return TICKET_TRANSITIONS[event].from;
}

/** The booking event a ticket event carries along, when the ticket came from a booking. */
export function bookingEventForTicket(event: TicketEvent): BookingEvent | null {
  if (event === "call") return "call";
  if (event === "serve") return "serve";
  if (event === "noShow") return "noShow";
  return null;
}

export const TICKET_WAITING_STATUSES = ["WAITING"] as const satisfies readonly VisitTicketStatus[];
export const TICKET_AT_COUNTER_STATUSES = ["CALLED"] as const satisfies readonly VisitTicketStatus[];
export const TICKET_FINISHED_STATUSES = ["SERVED", "NO_SHOW"] as const satisfies readonly VisitTicketStatus[];

export function isTicketWaiting(status: VisitTicketStatus): boolean {
  return status === "WAITING";
}
export function isTicketAtCounter(status: VisitTicketStatus): boolean {
  return status === "CALLED";
}
export function isTicketServed(status: VisitTicketStatus): boolean {
  return status === "SERVED";
}

export const TICKET_LINES = ["BOOKING", "PRIORITY", "WALK_IN"] as const satisfies readonly VisitTicketLine[];
export const PRIORITY_REASONS = ["ELDERLY", "PREGNANT", "DISABILITY"] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

/** The status a booking event always leads to (for writes already guarded by `bookingStatusesBefore`). */
export function bookingStatusAfter(event: BookingEvent): VisitBookingStatus {
  return BOOKING_TRANSITIONS[event].to;
}

export function ticketStatusAfter(event: TicketEvent): VisitTicketStatus {
  return TICKET_TRANSITIONS[event].to;
}

/** For the published figures: bookings that ended, and those that ended without the person (absent when called, or never came). */
export const BOOKING_FINISHED_STATUSES = ["SERVED", "NO_SHOW", "EXPIRED"] as const satisfies readonly VisitBookingStatus[];
export const BOOKING_ABSENT_STATUSES = ["NO_SHOW", "EXPIRED"] as const satisfies readonly VisitBookingStatus[];
export const TICKET_SERVED_STATUSES = ["SERVED"] as const satisfies readonly VisitTicketStatus[];
