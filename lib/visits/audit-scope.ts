import "server-only";
import type { Tx } from "@/lib/platform/db";

/**
 * Which audit chain a visit's entry extends (DESIGN.md §9): a booking, a
 * ticket or a service's offer at a location belongs to the agency of its
 * service, so a visit's whole history sits in that agency's chain. An event
 * about a whole location (a closed day, a kiosk switched on by an admin)
 * concerns every agency offering a service or staffing a counter there, and is
 * written once to each of their chains; a location with neither has no agency
 * and falls back to the platform's chain.
 */
export async function serviceAgencyId(client: Tx, serviceId: string): Promise<string> {
  const service = await client.service.findUniqueOrThrow({ where: { id: serviceId }, select: { agencyId: true } });
  return service.agencyId;
}

/** The agencies with a service or a counter at the location, sorted (so chains are always locked in one order); [null] when none. */
export async function locationAgencyIds(client: Tx, locationId: string): Promise<(string | null)[]> {
  const [offers, counters] = await Promise.all([
    client.visitService.findMany({ where: { locationId }, select: { service: { select: { agencyId: true } } } }),
    client.visitCounter.findMany({ where: { locationId }, select: { agencyId: true } }),
  ]);
  const ids = [...new Set([...offers.map((offer) => offer.service.agencyId), ...counters.map((counter) => counter.agencyId)])].sort();
  return ids.length > 0 ? ids : [null];
}
