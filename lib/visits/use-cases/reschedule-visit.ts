import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { localDateOfDay, toLocalParts } from "@/lib/sla/local-time";
import { notifyBooking } from "../booking-notices";
import { loadOffer, loadSlotPlan } from "../data";
import { changeableOwnBooking } from "../own-booking";
import { rescheduleVisitSchema } from "../schemas";
import { isOpenDate } from "../slots";
import { offerFreedPlace } from "../waitlist";
import { bookingStatusesBefore } from "../workflow";

/**
 * Moves a booking to another slot of the same service and location before
 * the cutoff, keeping its code. The new place is taken with the same
 * conditional UPDATE as a booking; the old one goes back (and is offered to
 * the waiting list) in the same transaction, so a full new slot changes nothing.
 */
export async function rescheduleVisit(actor: Actor, rawInput: { code: string; slotId: string }, context: { ip: string | null }, now = new Date()) {
  const input = parseOrThrow(rescheduleVisitSchema, rawInput);
  const { booking, audit } = await changeableOwnBooking(db, actor, input.code, now);
  if (input.slotId === booking.slotId) return { code: booking.code };
  const service = await db.service.findUniqueOrThrow({ where: { id: booking.serviceId }, select: { slug: true } });
  const offer = await loadOffer(db, booking.location.slug, service.slug);
  const slot = await db.visitSlot.findFirst({ where: { id: input.slotId, locationId: booking.location.id, serviceId: booking.serviceId } });
  if (!slot) throw new AppError("NOT_FOUND", "visit.error.unknownSlot", { slotId: ["visit.error.unknownSlot"] });
  if (slot.startsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "visit.error.slotPast", { slotId: ["visit.error.slotPast"] });
  const plan = await loadSlotPlan(db, offer, now);
  if (!isOpenDate(plan, localDateOfDay(toLocalParts(plan.timeZone, slot.startsAt.getTime()).day))) {
    throw new AppError("CONFLICT", "visit.error.slotClosed", { slotId: ["visit.error.slotClosed"] });
  }
  await db.$transaction(async (tx) => {
    const taken = await tx.$executeRaw`UPDATE "VisitSlot" SET "booked" = "booked" + 1 WHERE "id" = ${slot.id} AND "booked" < "capacity"`;
    if (taken === 0) throw new AppError("CONFLICT", "visit.error.slotFull", { slotId: ["visit.error.slotFull"] });
    const moved = await tx.visitBooking.updateMany({
      where: { id: booking.id, slotId: booking.slotId, status: { in: [...bookingStatusesBefore("reschedule")] } },
      data: { slotId: slot.id, reminderSentAt: null },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "visit.error.notChangeable");
    await tx.$executeRaw`UPDATE "VisitSlot" SET "booked" = "booked" - 1 WHERE "id" = ${booking.slotId}`;
    await recordAudit(tx, {
      ...audit,
      agencyId: offer.service.agencyId,
      action: "visit.rescheduled",
      entityType: "VisitBooking",
      entityId: booking.id,
      ip: context.ip,
      data: { fromSlotId: booking.slotId, toSlotId: slot.id, startsAt: slot.startsAt.toISOString() },
    });
    await notifyBooking(tx, "notification.visitRescheduled", {
      userId: booking.userId,
      code: booking.code,
      startsAt: slot.startsAt,
      timeZone: booking.location.timezone,
      service: offer.service,
      location: booking.location,
    });
    await offerFreedPlace(tx, { location: booking.location, serviceId: booking.serviceId, service: { ...offer.service, slug: service.slug } }, now);
  });
  return { code: booking.code };
}
