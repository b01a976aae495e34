import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { editVisitCounterSchema, type EditVisitCounterInput } from "../admin-input";
import { isUniqueClash, servicesLeftUnserved } from "../offer-admin";

/**
 * The admin renames a counter or changes the services it serves (any of
 * those offered at its location). A service may be taken off the counter
 * only if another active counter still serves it, or nobody is booked or
 * waiting for it (lib/visits/offer-admin.ts). Saving the same again changes nothing.
 */
export async function editVisitCounter(actor: Actor, rawInput: EditVisitCounterInput, context: { ip: string | null }) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const input = parseOrThrow(editVisitCounterSchema, rawInput);
  const counter = await db.visitCounter.findUnique({
    where: { id: input.counterId },
    select: { id: true, locationId: true, agencyId: true, label: true, serviceIds: true, active: true, location: { select: { slug: true } } },
  });
  if (!counter || !counter.active) throw new AppError("NOT_FOUND", "visit.error.unknownCounter");
  const offers = await db.visitService.findMany({
    where: { locationId: counter.locationId, service: { slug: { in: input.serviceSlugs } } },
    select: { serviceId: true },
  });
  if (offers.length !== new Set(input.serviceSlugs).size) {
    throw new AppError("INVALID", "error.invalidInput", { serviceSlugs: ["visit.error.unknownOffer"] });
  }
  const serviceIds = offers.map((offer) => offer.serviceId).sort();
  try {
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "VisitLocation" WHERE "id" = ${counter.locationId} FOR UPDATE`;
      const dropped = counter.serviceIds.filter((id) => !serviceIds.includes(id));
      if ((await servicesLeftUnserved(tx, counter, dropped)).length > 0) {
        throw new AppError("CONFLICT", "visit.error.serviceWouldBeUnserved", { serviceSlugs: ["visit.error.serviceWouldBeUnserved"] });
      }
      await tx.visitCounter.update({ where: { id: counter.id }, data: { label: input.label, serviceIds } });
      await recordAudit(tx, {
        ...audit,
        agencyId: counter.agencyId,
        action: "visit.counterEdited",
        entityType: "VisitCounter",
        entityId: counter.id,
        ip: context.ip,
        data: { from: { label: counter.label, serviceIds: counter.serviceIds }, to: { label: input.label, serviceIds } },
      });
    });
  } catch (error) {
    if (isUniqueClash(error)) throw new AppError("CONFLICT", "visit.admin.counterLabelTaken", { label: ["visit.admin.counterLabelTaken"] });
    throw error;
  }
  return { locationSlug: counter.location.slug };
}
