import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { isOpen } from "@/lib/applications/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { localDateOfDay, toLocalParts } from "@/lib/sla/local-time";
import { newBookingCode } from "../booking-code";
import { notifyBooking } from "../booking-notices";
import { loadOffer, loadSlotPlan } from "../data";
import { bookVisitSchema, type BookVisitInput } from "../schemas";
import { isOpenDate } from "../slots";
import { activeKeyFor } from "../workflow";

export type BookedVisit = { code: string; alreadyHeld: boolean };

/**
 * Books a place in a slot. The slot row is the lock: one conditional UPDATE
 * (`booked < capacity`) takes the place, so however many people press "book"
 * at once, no slot is ever overbooked (a CHECK constraint backs it). The
 * booking's activeKey is unique, so nobody holds two active bookings for one
 * service; the second attempt's place is given back by the same rollback.
 * Sending the same form twice answers with the booking already made.
 */
export async function bookVisit(actor: Actor, rawInput: BookVisitInput, context: { ip: string | null }, now = new Date()): Promise<BookedVisit> {
  const audit = authorizeSignedIn(actor, "visit.book");
  const input = parseOrThrow(bookVisitSchema, rawInput);
  const offer = await loadOffer(db, input.locationSlug, input.serviceSlug);
  const slot = await db.visitSlot.findFirst({ where: { id: input.slotId, locationId: offer.location.id, serviceId: offer.service.id } });
  if (!slot) throw new AppError("NOT_FOUND", "visit.error.unknownSlot", { slotId: ["visit.error.unknownSlot"] });
  if (slot.startsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "visit.error.slotPast", { slotId: ["visit.error.slotPast"] });
  const plan = await loadSlotPlan(db, offer, now);
  if (!isOpenDate(plan, localDateOfDay(toLocalParts(plan.timeZone, slot.startsAt.getTime()).day))) {
    throw new AppError("CONFLICT", "visit.error.slotClosed", { slotId: ["visit.error.slotClosed"] });
  }
  if (input.applicationId) {
    const application = await db.application.findFirst({
      where: { id: input.applicationId, citizenId: audit.actorId, serviceId: offer.service.id },
      select: { id: true, status: true },
    });
    if (!application) throw new AppError("NOT_FOUND", "error.notFound");
    // A visit serves a case still being handled: not a draft, nor a finished, rejected or withdrawn one.
    if (!isOpen(application.status)) throw new AppError("CONFLICT", "visit.error.applicationNotOpen");
  }
  const activeKey = activeKeyFor("BOOKED", audit.actorId, offer.service.id)!;
  try {
    const code = await db.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`UPDATE "VisitSlot" SET "booked" = "booked" + 1 WHERE "id" = ${slot.id} AND "booked" < "capacity"`;
      if (taken === 0) throw new AppError("CONFLICT", "visit.error.slotFull", { slotId: ["visit.error.slotFull"] });
      const booking = await tx.visitBooking.create({
        data: {
          code: newBookingCode(),
          userId: audit.actorId,
          locationId: offer.location.id,
          serviceId: offer.service.id,
          slotId: slot.id,
          applicationId: input.applicationId ?? null,
          activeKey,
        },
        select: { id: true, code: true },
      });
      await recordAudit(tx, {
        ...audit,
        agencyId: offer.service.agencyId,
        action: "visit.booked",
        entityType: "VisitBooking",
        entityId: booking.id,
        ip: context.ip,
        data: { slotId: slot.id, startsAt: slot.startsAt.toISOString(), locationId: offer.location.id, serviceId: offer.service.id },
      });
      await notifyBooking(tx, "notification.visitBooked", {
        userId: audit.actorId,
        code: booking.code,
        startsAt: slot.startsAt,
        timeZone: offer.location.timezone,
        service: offer.service,
        location: offer.location,
      });
      return booking.code;
    });
    return { code, alreadyHeld: false };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const held = await db.visitBooking.findUnique({ where: { activeKey }, select: { code: true, slotId: true } });
      // The same form sent twice: the booking it made is the answer.
      if (held && held.slotId === slot.id) return { code: held.code, alreadyHeld: true };
      throw new AppError("CONFLICT", "visit.error.alreadyBooked");
    }
    throw error;
  }
}
