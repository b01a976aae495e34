import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { serviceAgencyId } from "../audit-scope";
import { ticketNumber } from "../booking-code";
import { workableCounter } from "../counter-access";
import { announceBoard } from "../hall";
import {
  activeKeyFor,
  bookingEventForTicket,
  bookingStatusAfter,
  bookingStatusesBefore,
  ticketStatusAfter,
  ticketStatusesBefore,
  type TicketEvent,
} from "../workflow";

export type TicketAction = Exclude<TicketEvent, "call">;
const ACTIONS: readonly TicketAction[] = ["recall", "serve", "noShow", "transfer"];

/**
 * What the officer does with the number at their counter: call again, served,
 * no-show, or transfer to another counter of the location that serves the
 * service (it waits there, keeping its place by issue time). Each write is
 * conditional on the ticket's status, counter and version, so a stale page or
 * a double click changes nothing and says so. A served or absent booking
 * ends, which frees the person to book the service again.
 */
export async function updateTicket(
  actor: Actor,
  input: { counterId: string; ticketId: string; version: string | number; action: string; toCounterId?: string },
  context: { ip: string | null },
  now = new Date(),
) {
  const { counter, audit } = await workableCounter(db, actor, input.counterId);
  const action = ACTIONS.find((candidate) => candidate === input.action);
  if (!action) throw new AppError("INVALID", "error.invalidInput");
  const ticket = await db.visitTicket.findFirst({
    where: { id: String(input.ticketId ?? ""), locationId: counter.locationId },
    select: { id: true, letter: true, serial: true, serviceId: true, bookingId: true, version: true, booking: { select: { userId: true, serviceId: true } } },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "error.notFound");
  let toCounter: { id: string; label: string } | null = null;
  if (action === "transfer") {
    toCounter = await db.visitCounter.findFirst({
      where: {
        id: String(input.toCounterId ?? ""),
        locationId: counter.locationId,
        active: true,
        serviceIds: { has: ticket.serviceId },
        NOT: { id: counter.id },
      },
      select: { id: true, label: true },
    });
    if (!toCounter) throw new AppError("INVALID", "visit.error.unknownCounter", { toCounterId: ["visit.error.unknownCounter"] });
  }
  const finishing = action === "serve" || action === "noShow";
  await db.$transaction(async (tx) => {
    const changed = await tx.visitTicket.updateMany({
      where: { id: ticket.id, counterId: counter.id, version: Number(input.version), status: { in: [...ticketStatusesBefore(action)] } },
      data: {
        status: ticketStatusAfter(action),
        version: { increment: 1 },
        ...(action === "recall" ? { calledAt: now, callCount: { increment: 1 } } : {}),
        ...(finishing ? { finishedAt: now } : {}),
        ...(action === "transfer" ? { counterId: toCounter!.id } : {}),
      },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "visit.error.staleTicket");
    const bookingEvent = bookingEventForTicket(action);
    if (ticket.bookingId && ticket.booking && bookingEvent) {
      const status = bookingStatusAfter(bookingEvent);
      await tx.visitBooking.updateMany({
        where: { id: ticket.bookingId, status: { in: [...bookingStatusesBefore(bookingEvent)] } },
        data: { status, activeKey: activeKeyFor(status, ticket.booking.userId, ticket.booking.serviceId) },
      });
    }
    await recordAudit(tx, {
      ...audit,
      agencyId: await serviceAgencyId(tx, ticket.serviceId),
      action: `visit.ticket.${action}`,
      entityType: "VisitTicket",
      entityId: ticket.id,
      ip: context.ip,
      data: { counterId: counter.id, ...(toCounter ? { toCounterId: toCounter.id } : {}) },
    });
  });
  const number = ticketNumber(ticket.letter, ticket.serial);
  await announceBoard(counter.locationId, action === "recall" ? { number, counter: counter.label } : undefined);
  return { number };
}
