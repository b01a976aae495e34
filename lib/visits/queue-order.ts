import type { VisitTicketLine } from "@/lib/generated/prisma/enums";

/**
 * THE order rule of the hall (DESIGN.md §13), one pure function:
 *
 * 1. On-time bookings: checked in no later than `graceMinutes` after their
 *    slot began, earliest slot first, then earliest check-in.
 * 2. Priority tickets (elderly, pregnant, disability), in order of issue.
 * 3. Walk-ins, in order of issue; a booking checked in past its grace period
 *    joins this line at the moment it checked in.
 * 4. A booking that came early waits until its slot begins: until then it
 *    stands behind everyone (it keeps its place among bookings afterwards).
 *
 * The same function orders the officer's "call next", the kiosk's "your
 * position" and the rules shown on the kiosk and board pages.
 */
export type QueueEntry = {
  id: string;
  line: VisitTicketLine;
  /** When the ticket was issued (walk-in, priority) or the booking checked in. */
  issuedAt: Date;
  /** The booked slot's start, for a BOOKING ticket. */
  slotStartsAt?: Date | null;
};

export type OrderedEntry<T extends QueueEntry> = T & { effectiveLine: VisitTicketLine };

const LINE_RANK: Record<VisitTicketLine, number> = { BOOKING: 0, PRIORITY: 1, WALK_IN: 2 };

/** The line a ticket actually stands in: a late booking stands with the walk-ins. */
export function effectiveLine(entry: QueueEntry, graceMinutes: number): VisitTicketLine {
  if (entry.line !== "BOOKING") return entry.line;
  if (!entry.slotStartsAt) return "WALK_IN";
  const lateAfter = entry.slotStartsAt.getTime() + graceMinutes * 60_000;
  return entry.issuedAt.getTime() > lateAfter ? "WALK_IN" : "BOOKING";
}

/** Before its slot begins a booking is not yet due. */
function rank(entry: OrderedEntry<QueueEntry>, now: Date): number {
  if (entry.effectiveLine === "BOOKING" && entry.slotStartsAt && entry.slotStartsAt.getTime() > now.getTime()) return 3;
  return LINE_RANK[entry.effectiveLine];
}

export function orderQueue<T extends QueueEntry>(entries: readonly T[], graceMinutes: number, now: Date): OrderedEntry<T>[] {
  return entries
    .map((entry) => ({ ...entry, effectiveLine: effectiveLine(entry, graceMinutes) }))
    .sort((a, b) => {
      const byLine = rank(a, now) - rank(b, now);
      if (byLine !== 0) return byLine;
      if (a.effectiveLine === "BOOKING" && b.effectiveLine === "BOOKING") {
        const bySlot = (a.slotStartsAt?.getTime() ?? 0) - (b.slotStartsAt?.getTime() ?? 0);
        if (bySlot !== 0) return bySlot;
      }
      const byIssue = a.issuedAt.getTime() - b.issuedAt.getTime();
      return byIssue !== 0 ? byIssue : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}
