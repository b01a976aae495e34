import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { serviceAgencyId } from "../audit-scope";
import { notifyBooking } from "../booking-notices";
import { serviceDateOf } from "../data";
import { activeKeyFor, bookingStatusAfter, bookingStatusesBefore } from "../workflow";

export const VISIT_SWEEP_QUEUE = "visits.sweep";
export const VISIT_SWEEP_EVERY_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/**
 * The visits' scheduled work (every 15 minutes, any instance):
 * - the reminder the day before: a booked visit whose slot falls on the
 *   location's next calendar day gets one notice and email (reminderSentAt
 *   is set by a conditional update, so two sweeps at once send it once);
 * - a booked visit whose day is over without a check-in EXPIRES, which frees
 *   the person to book the service again.
 */
export async function sweepVisits(now = new Date()) {
  const due = await db.visitBooking.findMany({
    where: { status: { in: [...bookingStatusesBefore("expire")] }, slot: { startsAt: { lt: new Date(now.getTime() + 2 * DAY_MS) } } },
    select: {
      id: true,
      code: true,
      userId: true,
      serviceId: true,
      reminderSentAt: true,
      slot: { select: { startsAt: true } },
      location: {
        select: {
          nameId: true,
          nameEn: true,
          address: true,
          timezone: true,
          services: { select: { serviceId: true, service: { select: { nameId: true, nameEn: true, agencyId: true } } } },
        },
      },
    },
  });
  let reminded = 0;
  let expired = 0;
  for (const booking of due) {
    const zone = booking.location.timezone;
    const today = serviceDateOf(zone, now).getTime();
    const day = serviceDateOf(zone, booking.slot.startsAt).getTime();
    if (day < today) {
      const status = bookingStatusAfter("expire");
      const changed = await db.$transaction(async (tx) => {
        const moved = await tx.visitBooking.updateMany({
          where: { id: booking.id, status: { in: [...bookingStatusesBefore("expire")] } },
          data: { status, activeKey: activeKeyFor(status, booking.userId, booking.serviceId) },
        });
        if (moved.count === 1) {
          const agencyId =
            booking.location.services.find((offer) => offer.serviceId === booking.serviceId)?.service.agencyId ??
            (await serviceAgencyId(tx, booking.serviceId));
          await recordAudit(tx, { agencyId, action: "visit.expired", entityType: "VisitBooking", entityId: booking.id });
        }
        return moved.count;
      });
      expired += changed;
    } else if (day === today + DAY_MS && !booking.reminderSentAt) {
      const service = booking.location.services.find((offer) => offer.serviceId === booking.serviceId)?.service;
      if (!service) continue;
      reminded += await db.$transaction(async (tx) => {
        const marked = await tx.visitBooking.updateMany({ where: { id: booking.id, reminderSentAt: null }, data: { reminderSentAt: now } });
        if (marked.count === 1) {
          await notifyBooking(tx, "notification.visitReminder", {
            userId: booking.userId,
            code: booking.code,
            startsAt: booking.slot.startsAt,
            timeZone: zone,
            service,
            location: booking.location,
          });
        }
        return marked.count;
      });
    }
  }
  return { reminded, expired };
}
