import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { publish } from "@/lib/platform/realtime";
import { ticketNumber } from "./booking-code";
import { serviceDateOf } from "./data";
import { orderQueue } from "./queue-order";
import { boardTopic } from "./topics";
import { TICKET_AT_COUNTER_STATUSES, TICKET_WAITING_STATUSES } from "./workflow";

/** A location by its public slug, or NOT_FOUND. */
export async function locationBySlug(client: Tx, slug: string) {
  const location = await client.visitLocation.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameId: true, nameEn: true, address: true, timezone: true, regionCode: true, openingHours: true, graceMinutes: true },
  });
  if (!location) throw new AppError("NOT_FOUND", "error.notFound");
  return location;
}

/**
 * Hands out the next number of a letter on a location's day: the serial row is
 * incremented in place (one row per day and letter, so numbers never collide),
 * then the ticket is written, both in the caller's transaction.
 */
export async function createTicket(
  tx: Tx,
  ticket: { locationId: string; serviceDate: Date; letter: string; serviceId: string; issuedAt: Date } & (
    { line: "BOOKING"; bookingId: string; applicationId: string | null } | { line: "PRIORITY" | "WALK_IN"; priorityReason: string | null }
  ),
) {
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "VisitTicketSerial" ("locationId", "serviceDate", "letter", "lastValue")
    VALUES (${ticket.locationId}, ${ticket.serviceDate.toISOString().slice(0, 10)}::date, ${ticket.letter}, 1)
    ON CONFLICT ("locationId", "serviceDate", "letter") DO UPDATE SET "lastValue" = "VisitTicketSerial"."lastValue" + 1
    RETURNING "lastValue"`;
  return tx.visitTicket.create({ data: { ...ticket, serial: row!.lastValue }, select: { id: true, letter: true, serial: true } });
}

type WaitingRow = {
  id: string;
  line: "BOOKING" | "PRIORITY" | "WALK_IN";
  issuedAt: Date;
  serviceId: string;
  counterId: string | null;
  slotStartsAt: Date | null;
};

/** Today's waiting tickets of a location (all services), in the hall's order. */
export async function waitingInOrder(client: Tx, location: { id: string; timezone: string; graceMinutes: number }, now: Date) {
  const rows = await client.visitTicket.findMany({
    where: { locationId: location.id, serviceDate: serviceDateOf(location.timezone, now), status: { in: [...TICKET_WAITING_STATUSES] } },
    select: {
      id: true,
      line: true,
      issuedAt: true,
      serviceId: true,
      counterId: true,
      letter: true,
      serial: true,
      booking: { select: { slot: { select: { startsAt: true } } } },
    },
  });
  return orderQueue(
    rows.map((row) => ({ ...row, slotStartsAt: row.booking?.slot.startsAt ?? null })),
    location.graceMinutes,
    now,
  );
}

/** Whether a waiting ticket is this counter's to call: a transferred one only at its new counter, others at any counter serving its service. */
export function servedBy(counter: { id: string; serviceIds: string[] }, ticket: Pick<WaitingRow, "serviceId" | "counterId">): boolean {
  return ticket.counterId ? ticket.counterId === counter.id : counter.serviceIds.includes(ticket.serviceId);
}

/** How many stand before a ticket among those the same counters could call. */
export async function peopleAhead(client: Tx, location: { id: string; timezone: string; graceMinutes: number }, ticketId: string, now: Date): Promise<number> {
  const ordered = await waitingInOrder(client, location, now);
  const index = ordered.findIndex((entry) => entry.id === ticketId);
  if (index < 0) return 0;
  const mine = ordered[index]!;
  return ordered.slice(0, index).filter((entry) => entry.serviceId === mine.serviceId).length;
}

export type BoardRow = { counter: string; number: string | null; callCount: number };

/** What the hall screen shows: each active counter and the number called to it (latest call), plus how many wait. */
export async function boardState(client: Tx, location: { id: string; timezone: string }, now: Date) {
  const serviceDate = serviceDateOf(location.timezone, now);
  const [counters, called, waiting] = await Promise.all([
    client.visitCounter.findMany({ where: { locationId: location.id, active: true }, orderBy: { label: "asc" }, select: { id: true, label: true } }),
    client.visitTicket.findMany({
      where: { locationId: location.id, serviceDate, status: { in: [...TICKET_AT_COUNTER_STATUSES] } },
      orderBy: { calledAt: "desc" },
      select: { counterId: true, letter: true, serial: true, callCount: true, calledAt: true },
    }),
    client.visitTicket.count({ where: { locationId: location.id, serviceDate, status: { in: [...TICKET_WAITING_STATUSES] } } }),
  ]);
  const rows: BoardRow[] = counters.map((counter) => {
    const ticket = called.find((entry) => entry.counterId === counter.id);
    return { counter: counter.label, number: ticket ? ticketNumber(ticket.letter, ticket.serial) : null, callCount: ticket?.callCount ?? 0 };
  });
  const latest = called[0];
  return { rows, waiting, latestCall: latest?.calledAt?.toISOString() ?? null };
}

/** After a hall change commits: every screen and "how busy" page re-reads the board. */
export async function announceBoard(locationId: string, call?: { number: string; counter: string }) {
  await publish(boardTopic(locationId), { type: "board", ...(call ? { number: call.number, counter: call.counter } : {}) });
}
