import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { normalizeBookingCode, ticketNumber } from "../booking-code";
import { serviceDateOf } from "../data";
import { announceBoard, createTicket, locationBySlug, peopleAhead } from "../hall";
import { assertKioskToken } from "../kiosk-token";
import { effectiveLine } from "../queue-order";
import { bookingStatusesBefore, isBookingActive, nextBookingStatus } from "../workflow";

export type IssuedTicket = { number: string; ahead: number; late: boolean; serviceName: { id: string; en: string } };

/**
 * At the entrance kiosk: the booking code (typed or scanned) becomes today's
 * ticket in the booking line. Only an activated kiosk may (its device token);
 * a code from another day, another place, or already used says so. A late
 * arrival is still checked in and joins the walk-in line (the order rule).
 */
export async function checkInVisit(
  actor: Actor,
  input: { locationSlug: string; code: string; kioskToken: string | null },
  now = new Date(),
): Promise<IssuedTicket> {
  authorize(actor, "visit.kiosk");
  const location = await locationBySlug(db, String(input.locationSlug ?? ""));
  assertKioskToken(input.kioskToken, location.id, now);
  const code = normalizeBookingCode(String(input.code ?? ""));
  const booking = code
    ? await db.visitBooking.findUnique({
        where: { code },
        select: {
          id: true,
          status: true,
          locationId: true,
          serviceId: true,
          applicationId: true,
          slot: { select: { startsAt: true } },
          location: {
            select: { services: { select: { serviceId: true, ticketLetter: true, service: { select: { nameId: true, nameEn: true, agencyId: true } } } } },
          },
        },
      })
    : null;
  if (!booking) throw new AppError("NOT_FOUND", "visit.error.unknownCode", { code: ["visit.error.unknownCode"] });
  if (booking.locationId !== location.id) throw new AppError("CONFLICT", "visit.error.wrongLocation", { code: ["visit.error.wrongLocation"] });
  if (!nextBookingStatus(booking.status, "checkIn")) {
    const key = isBookingActive(booking.status) ? "visit.error.alreadyCheckedIn" : "visit.error.bookingOver";
    throw new AppError("CONFLICT", key, { code: [key] });
  }
  const today = serviceDateOf(location.timezone, now);
  if (serviceDateOf(location.timezone, booking.slot.startsAt).getTime() !== today.getTime()) {
    throw new AppError("CONFLICT", "visit.error.notToday", { code: ["visit.error.notToday"] });
  }
  const offer = booking.location.services.find((service) => service.serviceId === booking.serviceId)!;
  const ticket = await db.$transaction(async (tx) => {
    const moved = await tx.visitBooking.updateMany({
      where: { id: booking.id, status: { in: [...bookingStatusesBefore("checkIn")] } },
      data: { status: nextBookingStatus(booking.status, "checkIn")! },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "visit.error.alreadyCheckedIn", { code: ["visit.error.alreadyCheckedIn"] });
    const created = await createTicket(tx, {
      locationId: location.id,
      serviceDate: today,
      letter: offer.ticketLetter,
      serviceId: booking.serviceId,
      line: "BOOKING",
      bookingId: booking.id,
      applicationId: booking.applicationId,
      issuedAt: now,
    });
    await recordAudit(tx, {
      agencyId: offer.service.agencyId,
      action: "visit.checkedIn",
      entityType: "VisitBooking",
      entityId: booking.id,
      data: { ticketId: created.id },
    });
    return created;
  });
  await announceBoard(location.id);
  const late = effectiveLine({ id: ticket.id, line: "BOOKING", issuedAt: now, slotStartsAt: booking.slot.startsAt }, location.graceMinutes) !== "BOOKING";
  return {
    number: ticketNumber(ticket.letter, ticket.serial),
    ahead: await peopleAhead(db, location, ticket.id, now),
    late,
    serviceName: { id: offer.service.nameId, en: offer.service.nameEn },
  };
}
