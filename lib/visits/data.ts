import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { localDateOfDay, toLocalParts, type LocalDate } from "@/lib/sla/local-time";
import { isBeforeChangeDeadline } from "./booking-rules";
import { readWeeklyHours } from "./hours";
import { bookableCapacity, generateSlots, type SlotPlan } from "./slots";

/** How many open days ahead a citizen may book. */
export const BOOKING_HORIZON_OPEN_DAYS = 10;

const HOLIDAY_YEARS = 1;

export type VisitOffer = Awaited<ReturnType<typeof loadOffer>>;

/** A location and one of its services, or NOT_FOUND. */
export async function loadOffer(client: Tx, locationSlug: string, serviceSlug: string) {
  const offer = await client.visitService.findFirst({
    where: { location: { slug: locationSlug }, service: { slug: serviceSlug } },
    select: {
      slotMinutes: true,
      capacityPerSlot: true,
      ticketLetter: true,
      service: { select: { id: true, slug: true, nameId: true, nameEn: true, agencyId: true } },
      location: {
        select: {
          id: true,
          slug: true,
          nameId: true,
          nameEn: true,
          address: true,
          timezone: true,
          regionCode: true,
          openingHours: true,
          walkInSharePercent: true,
          graceMinutes: true,
          changeCutoffHours: true,
        },
      },
    },
  });
  if (!offer) throw new AppError("NOT_FOUND", "visit.error.unknownOffer");
  return offer;
}

/** Everything slot generation needs about a location, read from its row, the holiday calendar and its closures. */
export async function loadSlotPlan(client: Tx, offer: VisitOffer, now: Date): Promise<SlotPlan> {
  const { location } = offer;
  const year = now.getUTCFullYear();
  const [holidays, closures] = await Promise.all([
    client.holiday.findMany({
      where: {
        date: { gte: new Date(Date.UTC(year - HOLIDAY_YEARS, 0, 1)), lt: new Date(Date.UTC(year + 2, 0, 1)) },
        OR: [{ regionCode: null }, ...(location.regionCode ? [{ regionCode: location.regionCode }] : [])],
      },
      select: { date: true, regionCode: true, removedAt: true },
    }),
    client.visitClosure.findMany({ where: { locationId: location.id, date: { gte: new Date(Date.UTC(year - 1, 0, 1)) } }, select: { date: true } }),
  ]);
  return {
    timeZone: location.timezone,
    regionCode: location.regionCode,
    hours: readWeeklyHours(location.openingHours),
    holidays,
    closures: new Set(closures.map((closure) => closure.date.toISOString().slice(0, 10))),
    slotMinutes: offer.slotMinutes,
  };
}

/**
 * The slot rows of the booking horizon: generated from the plan and inserted
 * when missing (ON CONFLICT DO NOTHING, so two requests creating them at once
 * agree). Rows are what bookings lock, so they must exist before anyone books.
 */
export async function ensureSlots(client: Tx, offer: VisitOffer, plan: SlotPlan, now: Date) {
  const generated = generateSlots(plan, now, BOOKING_HORIZON_OPEN_DAYS);
  const capacity = bookableCapacity(offer.capacityPerSlot, offer.location.walkInSharePercent);
  if (generated.length > 0) {
    await client.visitSlot.createMany({
      data: generated.map((slot) => ({ locationId: offer.location.id, serviceId: offer.service.id, startsAt: slot.startsAt, endsAt: slot.endsAt, capacity })),
      skipDuplicates: true,
    });
  }
  return generated;
}

export type SlotChoice = {
  id: string;
  date: LocalDate;
  startsAt: Date;
  endsAt: Date;
  free: number;
  /** Booked now, it could still be moved or cancelled online (it starts after the location's change cutoff). */
  changeable: boolean;
};

/** The slots still open to booking in the horizon, with free places, in time order (a closed day's rows are left out). */
export async function freeSlots(client: Tx, offer: VisitOffer, now: Date): Promise<SlotChoice[]> {
  const plan = await loadSlotPlan(client, offer, now);
  const generated = await ensureSlots(client, offer, plan, now);
  if (generated.length === 0) return [];
  const starts = new Set(generated.map((slot) => slot.startsAt.getTime()));
  const rows = await client.visitSlot.findMany({
    where: {
      locationId: offer.location.id,
      serviceId: offer.service.id,
      startsAt: { gte: generated[0]!.startsAt, lte: generated.at(-1)!.startsAt },
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true },
  });
  return rows
    .filter((row) => starts.has(row.startsAt.getTime()) && row.booked < row.capacity)
    .map((row) => ({
      id: row.id,
      date: localDateOfDay(toLocalParts(plan.timeZone, row.startsAt.getTime()).day),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      free: row.capacity - row.booked,
      changeable: isBeforeChangeDeadline(row.startsAt, offer.location.changeCutoffHours, now),
    }));
}

/** The location's calendar date of an instant, as the @db.Date value tickets are filed under. */
export function serviceDateOf(timeZone: string, at: Date): Date {
  return new Date(`${localDateOfDay(toLocalParts(timeZone, at.getTime()).day)}T00:00:00Z`);
}
