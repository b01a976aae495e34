import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { notifyBooking } from "../booking-notices";
import { changeableOwnBooking } from "../own-booking";
import { offerFreedPlace } from "../waitlist";
import { bookingStatusesBefore, nextBookingStatus } from "../workflow";

/**
 * The citizen cancels their booking before the cutoff: the place goes back
 * to the slot, and the first person on the waiting list is offered it.
 * Cancelling twice (a double submit) answers with the first cancellation.
 */
export async function cancelVisit(actor: Actor, code: string, context: { ip: string | null }, now = new Date()): Promise<{ code: string }> {
  const { booking, audit } = await changeableOwnBooking(db, actor, code, now);
  const service = await db.service.findUniqueOrThrow({ where: { id: booking.serviceId }, select: { slug: true, nameId: true, nameEn: true, agencyId: true } });
  await db.$transaction(async (tx) => {
    const cancelled = await tx.visitBooking.updateMany({
      where: { id: booking.id, status: { in: [...bookingStatusesBefore("cancel")] } },
      data: { status: nextBookingStatus(booking.status, "cancel")!, activeKey: null },
    });
    if (cancelled.count === 0) throw new AppError("CONFLICT", "visit.error.notChangeable");
    await tx.$executeRaw`UPDATE "VisitSlot" SET "booked" = "booked" - 1 WHERE "id" = ${booking.slotId}`;
    await recordAudit(tx, {
      ...audit,
      agencyId: service.agencyId,
      action: "visit.cancelled",
      entityType: "VisitBooking",
      entityId: booking.id,
      ip: context.ip,
    });
    await notifyBooking(tx, "notification.visitCancelled", {
      userId: booking.userId,
      code: booking.code,
      startsAt: booking.slot.startsAt,
      timeZone: booking.location.timezone,
      service,
      location: booking.location,
    });
    await offerFreedPlace(tx, { location: booking.location, serviceId: booking.serviceId, service }, now);
  });
  return { code: booking.code };
}
