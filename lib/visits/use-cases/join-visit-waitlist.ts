import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { loadOffer } from "../data";

/**
 * "Tell me when a place comes free": one entry per person, service and
 * location (joining twice keeps the first place in line). A freed place is
 * offered in order of joining (lib/visits/waitlist.ts).
 */
export async function joinVisitWaitlist(actor: Actor, input: { locationSlug: string; serviceSlug: string }, now = new Date()) {
  const { actorId } = authorizeSignedIn(actor, "visit.book");
  const offer = await loadOffer(db, String(input.locationSlug ?? ""), String(input.serviceSlug ?? ""));
  await db.visitWaitlistEntry.upsert({
    where: { userId_locationId_serviceId: { userId: actorId, locationId: offer.location.id, serviceId: offer.service.id } },
    create: { userId: actorId, locationId: offer.location.id, serviceId: offer.service.id },
    update: {},
  });
  // Asking again after an offer (the place went to someone quicker) puts the person back in line, at the end.
  await db.visitWaitlistEntry.updateMany({
    where: { userId: actorId, locationId: offer.location.id, serviceId: offer.service.id, offeredAt: { not: null } },
    data: { offeredAt: null, createdAt: now },
  });
  return { joined: true };
}
