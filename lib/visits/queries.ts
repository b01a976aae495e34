import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { normalizeBookingCode, ticketNumber } from "./booking-code";
import { changeDeadline } from "./booking-rules";
import { workableCounterSelect } from "./counter-access";
import { freeSlots, loadOffer, serviceDateOf } from "./data";
import { boardState, locationBySlug, servedBy, waitingInOrder } from "./hall";
import { readWeeklyHours } from "./hours";
import { BOOKING_ACTIVE_STATUSES, isBookingChangeable, TICKET_AT_COUNTER_STATUSES } from "./workflow";

/** The services bookable for a visit, each with the locations offering it. */
export async function visitableServices() {
  const offers = await db.visitService.findMany({
    select: {
      service: { select: { slug: true, nameId: true, nameEn: true } },
      location: { select: { slug: true, nameId: true, nameEn: true, address: true } },
    },
    orderBy: [{ service: { nameId: "asc" } }, { location: { nameId: "asc" } }],
  });
  const byService = new Map<string, { service: (typeof offers)[number]["service"]; locations: (typeof offers)[number]["location"][] }>();
  for (const offer of offers) {
    const entry = byService.get(offer.service.slug) ?? { service: offer.service, locations: [] };
    entry.locations.push(offer.location);
    byService.set(offer.service.slug, entry);
  }
  return [...byService.values()];
}

/** The free slots of a service at a location, for the booking form. */
export async function bookingChoices(locationSlug: string, serviceSlug: string, now = new Date()) {
  const offer = await loadOffer(db, locationSlug, serviceSlug);
  return { offer, slots: await freeSlots(db, offer, now) };
}

/** The citizen's own active bookings, soonest first. */
export async function ownActiveBookings(actor: Actor) {
  if (actor.kind !== "user") return [];
  return db.visitBooking.findMany({
    where: { userId: actor.id, status: { in: [...BOOKING_ACTIVE_STATUSES] } },
    orderBy: { slot: { startsAt: "asc" } },
    select: {
      code: true,
      status: true,
      slot: { select: { startsAt: true } },
      location: { select: { nameId: true, nameEn: true, timezone: true } },
      serviceId: true,
    },
  });
}

/** One booking, for its owner only (anyone else: not found). */
export async function ownBooking(actor: Actor, code: string) {
  const normalized = normalizeBookingCode(code);
  const booking = normalized
    ? await db.visitBooking.findUnique({
        where: { code: normalized },
        select: {
          code: true,
          status: true,
          userId: true,
          applicationId: true,
          serviceId: true,
          application: { select: { trackingNumber: true } },
          slot: { select: { startsAt: true, endsAt: true } },
          location: { select: { slug: true, nameId: true, nameEn: true, address: true, timezone: true, graceMinutes: true, changeCutoffHours: true } },
          ticket: { select: { letter: true, serial: true } },
        },
      })
    : null;
  if (!booking) throw new AppError("NOT_FOUND", "error.notFound");
  authorize(actor, "visit.change", { ownerId: booking.userId });
  const service = await db.service.findUniqueOrThrow({ where: { id: booking.serviceId }, select: { slug: true, nameId: true, nameEn: true } });
  return {
    ...booking,
    service,
    ticketNumber: booking.ticket ? ticketNumber(booking.ticket.letter, booking.ticket.serial) : null,
    changeable: isBookingChangeable(booking.status),
    changeDeadline: changeDeadline(booking.slot.startsAt, booking.location.changeCutoffHours),
  };
}

/** The kiosk's page: the location and its services. */
export async function kioskView(slug: string) {
  const location = await locationBySlug(db, slug);
  const services = await db.visitService.findMany({
    where: { locationId: location.id },
    select: { ticketLetter: true, service: { select: { slug: true, nameId: true, nameEn: true } } },
    orderBy: { ticketLetter: "asc" },
  });
  return { location, services };
}

/** The hall screen's first state (then live over SSE). */
export async function boardView(slug: string, now = new Date()) {
  const location = await locationBySlug(db, slug);
  return { location, board: await boardState(db, location, now) };
}

const MIN_VISITS_PER_HOUR = 5;

/** "How busy is it now": people waiting, and the median wait by hour of check-in over 28 days (hours under 5 visits left out). */
export async function busyView(slug: string, now = new Date()) {
  const location = await locationBySlug(db, slug);
  const waiting = (await waitingInOrder(db, location, now)).length;
  const since = new Date(now.getTime() - 28 * 86_400_000);
  const byHour = await db.$queryRaw<{ hour: number; visits: number; medianMinutes: number }[]>`
    SELECT extract(hour FROM ("issuedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${location.timezone})::int AS "hour",
           count(*)::int AS "visits",
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("calledAt" - "issuedAt")) / 60))::numeric, 0)::int AS "medianMinutes"
    FROM "VisitTicket"
    WHERE "locationId" = ${location.id} AND "calledAt" IS NOT NULL AND "issuedAt" >= ${since}
    GROUP BY 1 HAVING count(*) >= ${MIN_VISITS_PER_HOUR} ORDER BY 1`;
  return { location, waiting, byHour, hours: readWeeklyHours(location.openingHours) };
}

/** The counters an officer may work, and for the chosen one: the number at it, its queue in order, and where it may transfer. */
export async function counterDesk(actor: Actor, counterId: string | undefined, now = new Date()) {
  const counters = (
    await db.visitCounter.findMany({
      where: { active: true },
      orderBy: [{ location: { nameId: "asc" } }, { label: "asc" }],
      select: workableCounterSelect,
    })
  ).filter((counter) => can(actor, "visit.serve", { agencyId: counter.agencyId }));
  const counter = counters.find((candidate) => candidate.id === counterId);
  if (!counter) return { counters, desk: null };
  const serviceDate = serviceDateOf(counter.location.timezone, now);
  const [current, waiting, siblings, services] = await Promise.all([
    db.visitTicket.findFirst({
      where: { counterId: counter.id, serviceDate, status: { in: [...TICKET_AT_COUNTER_STATUSES] } },
      select: { id: true, letter: true, serial: true, version: true, line: true, callCount: true, serviceId: true, applicationId: true },
    }),
    waitingInOrder(db, counter.location, now),
    db.visitCounter.findMany({
      where: { locationId: counter.locationId, active: true, NOT: { id: counter.id } },
      select: { id: true, label: true, serviceIds: true },
    }),
    db.service.findMany({ where: { id: { in: counter.serviceIds } }, select: { id: true, nameId: true, nameEn: true } }),
  ]);
  const application = current?.applicationId
    ? await db.application.findUnique({ where: { id: current.applicationId }, select: { id: true, trackingNumber: true } })
    : null;
  return {
    counters,
    desk: {
      counter,
      services,
      current: current ? { ...current, number: ticketNumber(current.letter, current.serial), application } : null,
      queue: waiting.filter((ticket) => servedBy(counter, ticket)).map((ticket) => ({ ...ticket, number: ticketNumber(ticket.letter, ticket.serial) })),
      transferTo: current ? siblings.filter((sibling) => sibling.serviceIds.includes(current.serviceId)) : [],
    },
  };
}

/** The visits of an application, for its case page (the applicant's and the agency's): booked time, and where it was served. */
export async function applicationVisits(applicationId: string) {
  const bookings = await db.visitBooking.findMany({
    where: { applicationId },
    orderBy: { createdAt: "asc" },
    select: {
      code: true,
      status: true,
      slot: { select: { startsAt: true } },
      location: { select: { nameId: true, nameEn: true, timezone: true } },
      ticket: { select: { letter: true, serial: true, finishedAt: true, counter: { select: { label: true } } } },
    },
  });
  return bookings.map((booking) => ({ ...booking, ticketNumber: booking.ticket ? ticketNumber(booking.ticket.letter, booking.ticket.serial) : null }));
}

/** Whether a service can be booked for a visit anywhere (the service page and the application page link to /kunjungan). */
export async function isVisitOffered(serviceSlug: string): Promise<boolean> {
  return (await db.visitService.count({ where: { service: { slug: serviceSlug } } })) > 0;
}

/** The admin's list: every location with its services and counters. */
export async function visitLocationsForAdmin() {
  const [locations, services] = await Promise.all([
    db.visitLocation.findMany({
      orderBy: { nameId: "asc" },
      select: {
        slug: true,
        nameId: true,
        nameEn: true,
        address: true,
        timezone: true,
        counters: { where: { active: true }, orderBy: { label: "asc" }, select: { id: true, label: true, serviceIds: true } },
        services: {
          orderBy: { ticketLetter: "asc" },
          select: { ticketLetter: true, slotMinutes: true, capacityPerSlot: true, service: { select: { id: true, slug: true, nameId: true, nameEn: true } } },
        },
      },
    }),
    db.service.findMany({ orderBy: { nameId: "asc" }, select: { slug: true, nameId: true, nameEn: true } }),
  ]);
  return { locations, services };
}
