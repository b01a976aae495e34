import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/platform/db";
import { bookableCapacity } from "./slots";
import { BOOKING_ACTIVE_STATUSES, TICKET_AT_COUNTER_STATUSES, TICKET_WAITING_STATUSES } from "./workflow";

/**
 * The rules behind editing and removing a location's counters and services
 * (the admin page, DESIGN.md §13). Decision: the admin is refused, with the
 * reason, rather than the portal cancelling anyone's visit on its own:
 * - a counter with a number waiting for it (transferred there) or being served there cannot be removed;
 * - no change may leave a service with active bookings or waiting numbers at
 *   the location without an active counter to call them;
 * - a service with active bookings or waiting numbers cannot be taken off the
 *   location (cancel them first, e.g. by closing the days, or wait until they end).
 * A removed counter is deactivated, not deleted: served numbers keep showing
 * "served at Loket 3" on case pages and in the figures.
 */

/** Services of `serviceIds` that still have someone coming or waiting at the location. */
export async function servicesInUse(client: Tx, locationId: string, serviceIds: readonly string[]): Promise<string[]> {
  if (serviceIds.length === 0) return [];
  const [bookings, tickets] = await Promise.all([
    client.visitBooking.findMany({
      where: { locationId, serviceId: { in: [...serviceIds] }, status: { in: [...BOOKING_ACTIVE_STATUSES] } },
      distinct: ["serviceId"],
      select: { serviceId: true },
    }),
    client.visitTicket.findMany({
      where: { locationId, serviceId: { in: [...serviceIds] }, status: { in: [...TICKET_WAITING_STATUSES, ...TICKET_AT_COUNTER_STATUSES] } },
      distinct: ["serviceId"],
      select: { serviceId: true },
    }),
  ]);
  return [...new Set([...bookings, ...tickets].map((row) => row.serviceId))];
}

/** Of the services a counter stops serving, those that would have no active counter left while people still come for them. */
export async function servicesLeftUnserved(client: Tx, counter: { id: string; locationId: string }, droppedServiceIds: readonly string[]): Promise<string[]> {
  if (droppedServiceIds.length === 0) return [];
  const others = await client.visitCounter.findMany({
    where: { locationId: counter.locationId, active: true, NOT: { id: counter.id } },
    select: { serviceIds: true },
  });
  const stillServed = new Set(others.flatMap((other) => other.serviceIds));
  return servicesInUse(
    client,
    counter.locationId,
    droppedServiceIds.filter((serviceId) => !stillServed.has(serviceId)),
  );
}

/** Whether the counter has a number transferred to it and waiting, or one being served there now. */
export async function counterHasTickets(client: Tx, counterId: string): Promise<boolean> {
  const count = await client.visitTicket.count({
    where: { counterId, status: { in: [...TICKET_WAITING_STATUSES, ...TICKET_AT_COUNTER_STATUSES] } },
  });
  return count > 0;
}

/**
 * After a service's slot length, capacity or the walk-in share changed: the
 * future slot rows nobody ever booked are dropped (they are generated again
 * with the new length when next listed); rows holding a booking keep their
 * start, so nobody's visit moves, and take the new length and capacity (never
 * below what is booked). `booked = 0` is re-checked on the row's newest
 * version, so a booking racing the change keeps its row.
 */
export async function refreshFutureSlots(
  tx: Tx,
  offer: { locationId: string; serviceId: string; slotMinutes: number; capacityPerSlot: number; walkInSharePercent: number },
  now: Date,
) {
  const capacity = bookableCapacity(offer.capacityPerSlot, offer.walkInSharePercent);
  await tx.$executeRaw`
    DELETE FROM "VisitSlot" s
    WHERE s."locationId" = ${offer.locationId} AND s."serviceId" = ${offer.serviceId} AND s."startsAt" > ${now} AND s."booked" = 0
      AND NOT EXISTS (SELECT 1 FROM "VisitBooking" b WHERE b."slotId" = s."id")`;
  await tx.$executeRaw`
    UPDATE "VisitSlot"
    SET "capacity" = GREATEST("booked", ${capacity}), "endsAt" = "startsAt" + make_interval(mins => ${offer.slotMinutes})
    WHERE "locationId" = ${offer.locationId} AND "serviceId" = ${offer.serviceId} AND "startsAt" > ${now}`;
}

/** A unique-index clash (e.g. two counters with one label at a location). */
export function isUniqueClash(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
