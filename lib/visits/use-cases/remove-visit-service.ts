import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { servicesInUse } from "../offer-admin";

/**
 * The admin takes a service off a location: refused while anyone holds an
 * active booking or a waiting number for it there (the decision in
 * lib/visits/offer-admin.ts). Otherwise the offer goes, its free future slots
 * and its waiting list with it, the counters stop serving it, and a counter
 * left serving nothing is deactivated. Removing it twice answers "already removed".
 */
export async function removeVisitService(actor: Actor, input: { locationSlug: string; serviceSlug: string }, context: { ip: string | null }, now = new Date()) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const location = await db.visitLocation.findUnique({ where: { slug: String(input.locationSlug ?? "") }, select: { id: true, slug: true } });
  const service = await db.service.findUnique({ where: { slug: String(input.serviceSlug ?? "") }, select: { id: true, agencyId: true } });
  if (!location || !service) throw new AppError("NOT_FOUND", "visit.error.unknownOffer");
  return db.$transaction(async (tx) => {
    // The location row's lock serialises admin changes to one location (two removals, a removal and an edit).
    await tx.$queryRaw`SELECT 1 FROM "VisitLocation" WHERE "id" = ${location.id} FOR UPDATE`;
    const offer = await tx.visitService.findUnique({
      where: { locationId_serviceId: { locationId: location.id, serviceId: service.id } },
      select: { serviceId: true },
    });
    if (!offer) return { locationSlug: location.slug, alreadyRemoved: true };
    if ((await servicesInUse(tx, location.id, [service.id])).length > 0) throw new AppError("CONFLICT", "visit.error.serviceInUse");
    await tx.visitService.delete({ where: { locationId_serviceId: { locationId: location.id, serviceId: service.id } } });
    await tx.$executeRaw`
      DELETE FROM "VisitSlot" s
      WHERE s."locationId" = ${location.id} AND s."serviceId" = ${service.id} AND s."startsAt" > ${now} AND s."booked" = 0
        AND NOT EXISTS (SELECT 1 FROM "VisitBooking" b WHERE b."slotId" = s."id")`;
    await tx.visitWaitlistEntry.deleteMany({ where: { locationId: location.id, serviceId: service.id } });
    const counters = await tx.visitCounter.findMany({
      where: { locationId: location.id, serviceIds: { has: service.id } },
      select: { id: true, serviceIds: true },
    });
    for (const counter of counters) {
      const serviceIds = counter.serviceIds.filter((id) => id !== service.id);
      await tx.visitCounter.update({ where: { id: counter.id }, data: { serviceIds, ...(serviceIds.length === 0 ? { active: false } : {}) } });
    }
    await recordAudit(tx, {
      ...audit,
      agencyId: service.agencyId,
      action: "visit.serviceRemoved",
      entityType: "VisitLocation",
      entityId: location.id,
      ip: context.ip,
      data: { serviceId: service.id },
    });
    return { locationSlug: location.slug, alreadyRemoved: false };
  });
}
