import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { visitLocationInputSchema, type VisitLocationInput } from "../admin-input";
import type { WeeklyHours } from "../hours";
import { refreshFutureSlots } from "../offer-admin";

/**
 * Adds a location, or a service and its counters to an existing one (same
 * slug): its hours per weekday with a break, the walk-in share, the
 * service's slot length, capacity and ticket letter, and counters staffed by
 * the service's agency. Saving the same form again changes it in place.
 */
export async function saveVisitLocation(actor: Actor, rawInput: VisitLocationInput, context: { ip: string | null }, now = new Date()) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const input = parseOrThrow(visitLocationInputSchema, rawInput);
  const service = await db.service.findUnique({ where: { slug: input.serviceSlug }, select: { id: true, agencyId: true } });
  if (!service) throw new AppError("INVALID", "error.invalidInput", { serviceSlug: ["visit.error.unknownOffer"] });
  const day = { opens: input.opens, closes: input.closes, breaks: input.breakFrom && input.breakTo ? [{ from: input.breakFrom, to: input.breakTo }] : [] };
  const openingHours: WeeklyHours = Object.fromEntries(input.weekdays.map((weekday) => [weekday, day]));
  const place = {
    nameId: input.nameId,
    nameEn: input.nameEn,
    address: input.address,
    timezone: input.timezone,
    openingHours,
    walkInSharePercent: input.walkInSharePercent,
  };
  return db.$transaction(async (tx) => {
    const location = await tx.visitLocation.upsert({
      where: { slug: input.slug },
      create: { slug: input.slug, ...place },
      update: place,
      select: { id: true, slug: true },
    });
    const offer = { slotMinutes: input.slotMinutes, capacityPerSlot: input.capacityPerSlot, ticketLetter: input.ticketLetter };
    await tx.visitService.upsert({
      where: { locationId_serviceId: { locationId: location.id, serviceId: service.id } },
      create: { locationId: location.id, serviceId: service.id, ...offer },
      update: offer,
    });
    for (const label of input.counterLabels) {
      const existing = await tx.visitCounter.findUnique({ where: { locationId_label: { locationId: location.id, label } }, select: { serviceIds: true } });
      const serviceIds = [...new Set([...(existing?.serviceIds ?? []), service.id])];
      await tx.visitCounter.upsert({
        where: { locationId_label: { locationId: location.id, label } },
        create: { locationId: location.id, label, agencyId: service.agencyId, serviceIds },
        update: { serviceIds, active: true },
      });
    }
    // A changed slot length, capacity or walk-in share reaches the free future slots; booked visits keep their time.
    const offers = await tx.visitService.findMany({
      where: { locationId: location.id },
      select: { serviceId: true, slotMinutes: true, capacityPerSlot: true },
    });
    for (const each of offers) await refreshFutureSlots(tx, { locationId: location.id, walkInSharePercent: input.walkInSharePercent, ...each }, now);
    await recordAudit(tx, {
      ...audit,
      agencyId: service.agencyId,
      action: "visit.locationSaved",
      entityType: "VisitLocation",
      entityId: location.id,
      ip: context.ip,
      data: { serviceId: service.id },
    });
    return location;
  });
}
