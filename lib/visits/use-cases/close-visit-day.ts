import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { isValidLocalDate } from "@/lib/sla/local-time";
import { locationAgencyIds } from "../audit-scope";
import { displayBookingCode } from "../booking-code";
import { serviceDateOf } from "../data";
import { activeKeyFor, bookingStatusAfter, bookingStatusesBefore } from "../workflow";

const closeDaySchema = z.object({
  locationSlug: z.string().trim().min(1, "form.required"),
  date: z.string().trim().refine(isValidLocalDate, "visit.admin.dateFormat"),
  reasonId: z.string().trim().min(1, "form.required").max(200),
  reasonEn: z.string().trim().min(1, "form.required").max(200),
});

/**
 * An ad-hoc closure (a power cut, a ceremony): the day is closed for booking
 * (slot generation and the booking checks read VisitClosure), and every
 * booking still BOOKED that day is cancelled, its place given back, and its
 * holder told why, with a link to the next free slots. Closing the same day
 * again changes nothing more.
 */
export async function closeVisitDay(
  actor: Actor,
  rawInput: { locationSlug: string; date: string; reasonId: string; reasonEn: string },
  context: { ip: string | null },
) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const input = parseOrThrow(closeDaySchema, rawInput);
  const location = await db.visitLocation.findUnique({
    where: { slug: input.locationSlug },
    select: { id: true, slug: true, nameId: true, nameEn: true, timezone: true },
  });
  if (!location) throw new AppError("NOT_FOUND", "error.notFound");
  const day = new Date(`${input.date}T00:00:00Z`);
  const candidates = await db.visitBooking.findMany({
    where: {
      locationId: location.id,
      status: { in: [...bookingStatusesBefore("closeDay")] },
      slot: { startsAt: { gte: new Date(day.getTime() - 86_400_000), lt: new Date(day.getTime() + 2 * 86_400_000) } },
    },
    select: { id: true, code: true, userId: true, serviceId: true, slotId: true, slot: { select: { startsAt: true } } },
  });
  const affected = candidates.filter((booking) => serviceDateOf(location.timezone, booking.slot.startsAt).getTime() === day.getTime());
  const services = new Map(
    (
      await db.service.findMany({
        where: { id: { in: affected.map((booking) => booking.serviceId) } },
        select: { id: true, slug: true, nameId: true, nameEn: true },
      })
    ).map((service) => [service.id, service]),
  );
  return db.$transaction(async (tx) => {
    await tx.visitClosure.upsert({
      where: { locationId_date: { locationId: location.id, date: day } },
      create: { locationId: location.id, date: day, reasonId: input.reasonId, reasonEn: input.reasonEn },
      update: {},
    });
    let cancelled = 0;
    for (const booking of affected) {
      const status = bookingStatusAfter("closeDay");
      const moved = await tx.visitBooking.updateMany({
        where: { id: booking.id, status: { in: [...bookingStatusesBefore("closeDay")] } },
        data: { status, activeKey: activeKeyFor(status, booking.userId, booking.serviceId) },
      });
      if (moved.count === 0) continue;
      cancelled += 1;
      await tx.$executeRaw`UPDATE "VisitSlot" SET "booked" = "booked" - 1 WHERE "id" = ${booking.slotId}`;
      const service = services.get(booking.serviceId)!;
      await notify(tx, {
        userId: booking.userId,
        messageKey: "notification.visitClosed",
        email: true,
        link: `/kunjungan?layanan=${service.slug}&lokasi=${location.slug}`,
        params: {
          code: displayBookingCode(booking.code),
          service: { id: service.nameId, en: service.nameEn },
          location: { id: location.nameId, en: location.nameEn },
          at: momentParam(booking.slot.startsAt, location.timezone),
          reason: { id: input.reasonId, en: input.reasonEn },
        },
      });
    }
    // The closure concerns every agency at the location: one entry in each one's chain (lib/visits/audit-scope.ts).
    for (const agencyId of await locationAgencyIds(tx, location.id)) {
      await recordAudit(tx, {
        ...audit,
        agencyId,
        action: "visit.dayClosed",
        entityType: "VisitLocation",
        entityId: location.id,
        ip: context.ip,
        data: { date: input.date, cancelled },
      });
    }
    return { cancelled };
  });
}
