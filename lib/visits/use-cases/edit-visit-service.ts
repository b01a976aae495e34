import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { editVisitServiceSchema, type EditVisitServiceInput } from "../admin-input";
import { refreshFutureSlots } from "../offer-admin";

/**
 * The admin changes a service's slot length, capacity per slot or ticket
 * letter at a location. Booked visits keep their time (lib/visits/offer-admin.ts,
 * refreshFutureSlots); free future slots follow the new length and capacity.
 * Saving the same values again changes nothing more (one more audit entry).
 */
export async function editVisitService(actor: Actor, rawInput: EditVisitServiceInput, context: { ip: string | null }, now = new Date()) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const input = parseOrThrow(editVisitServiceSchema, rawInput);
  const offer = await db.visitService.findFirst({
    where: { location: { slug: input.locationSlug }, service: { slug: input.serviceSlug } },
    select: {
      locationId: true,
      serviceId: true,
      slotMinutes: true,
      capacityPerSlot: true,
      ticketLetter: true,
      service: { select: { agencyId: true } },
      location: { select: { slug: true, walkInSharePercent: true } },
    },
  });
  if (!offer) throw new AppError("NOT_FOUND", "visit.error.unknownOffer");
  const change = { slotMinutes: input.slotMinutes, capacityPerSlot: input.capacityPerSlot, ticketLetter: input.ticketLetter };
  await db.$transaction(async (tx) => {
    await tx.visitService.update({ where: { locationId_serviceId: { locationId: offer.locationId, serviceId: offer.serviceId } }, data: change });
    await refreshFutureSlots(
      tx,
      { locationId: offer.locationId, serviceId: offer.serviceId, walkInSharePercent: offer.location.walkInSharePercent, ...change },
      now,
    );
    await recordAudit(tx, {
      ...audit,
      agencyId: offer.service.agencyId,
      action: "visit.serviceEdited",
      entityType: "VisitLocation",
      entityId: offer.locationId,
      ip: context.ip,
      data: {
        serviceId: offer.serviceId,
        from: { slotMinutes: offer.slotMinutes, capacityPerSlot: offer.capacityPerSlot, ticketLetter: offer.ticketLetter },
        to: change,
      },
    });
  });
  return { locationSlug: offer.location.slug };
}
