import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { serviceAgencyId } from "../audit-scope";
import { ticketNumber } from "../booking-code";
import { workableCounter } from "../counter-access";
import { serviceDateOf } from "../data";
import { announceBoard, servedBy } from "../hall";
import { orderQueue } from "../queue-order";
import {
  bookingStatusAfter,
  bookingStatusesBefore,
  TICKET_AT_COUNTER_STATUSES,
  TICKET_WAITING_STATUSES,
  ticketStatusAfter,
  ticketStatusesBefore,
} from "../workflow";

/**
 * "Panggil berikutnya": the first waiting ticket this counter may serve, in
 * the hall's order (lib/visits/queue-order.ts). The claim is a conditional
 * UPDATE (still WAITING), tried down the ordered list: two counters calling
 * at once never get the same number, and the loser takes the next one. A
 * counter still serving someone is asked to finish first.
 */
export async function callNextTicket(actor: Actor, input: { counterId: string }, context: { ip: string | null }, now = new Date()) {
  const { counter, audit } = await workableCounter(db, actor, input.counterId);
  const { location } = counter;
  const serviceDate = serviceDateOf(location.timezone, now);
  const called = await db.$transaction(async (tx) => {
    const busy = await tx.visitTicket.count({ where: { counterId: counter.id, serviceDate, status: { in: [...TICKET_AT_COUNTER_STATUSES] } } });
    if (busy > 0) throw new AppError("CONFLICT", "visit.error.counterBusy");
    const waiting = await tx.visitTicket.findMany({
      where: { locationId: location.id, serviceDate, status: { in: [...TICKET_WAITING_STATUSES] } },
      select: { id: true, line: true, issuedAt: true, serviceId: true, counterId: true, bookingId: true, letter: true, serial: true },
    });
    const mine = waiting.filter((ticket) => servedBy(counter, ticket));
    const slots = await tx.visitBooking.findMany({
      where: { id: { in: mine.flatMap((ticket) => (ticket.bookingId ? [ticket.bookingId] : [])) } },
      select: { id: true, slot: { select: { startsAt: true } } },
    });
    const slotStart = new Map(slots.map((booking) => [booking.id, booking.slot.startsAt]));
    const ordered = orderQueue(
      mine.map((ticket) => ({ ...ticket, slotStartsAt: ticket.bookingId ? (slotStart.get(ticket.bookingId) ?? null) : null })),
      location.graceMinutes,
      now,
    );
    let next: (typeof ordered)[number] | undefined;
    for (const candidate of ordered) {
      const claimed = await tx.visitTicket.updateMany({
        where: { id: candidate.id, status: { in: [...ticketStatusesBefore("call")] } },
        data: { status: ticketStatusAfter("call"), counterId: counter.id, calledAt: now, callCount: { increment: 1 }, version: { increment: 1 } },
      });
      if (claimed.count === 1) {
        next = candidate;
        break;
      }
    }
    if (!next) throw new AppError("CONFLICT", "visit.error.nothingWaiting");
    if (next.bookingId) {
      await tx.visitBooking.updateMany({
        where: { id: next.bookingId, status: { in: [...bookingStatusesBefore("call")] } },
        data: { status: bookingStatusAfter("call") },
      });
    }
    await recordAudit(tx, {
      ...audit,
      agencyId: await serviceAgencyId(tx, next.serviceId),
      action: "visit.called",
      entityType: "VisitTicket",
      entityId: next.id,
      ip: context.ip,
      data: { counterId: counter.id },
    });
    return { id: next.id, number: ticketNumber(next.letter, next.serial) };
  });
  await announceBoard(location.id, { number: called.number, counter: counter.label });
  return called;
}
