import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { Tx } from "@/lib/platform/db";

/**
 * A place came free: the longest-waiting person on the list who has not been
 * offered one yet is told, in the same transaction as the freeing change.
 * Offers go out in order of joining; the place is not held for them (the
 * first to book takes it), which keeps the slot row the only lock.
 */
export async function offerFreedPlace(
  tx: Tx,
  offer: {
    locationId: string;
    locationSlug: string;
    serviceId: string;
    serviceSlug: string;
    serviceName: { id: string; en: string };
    locationName: { id: string; en: string };
  },
  now: Date,
): Promise<void> {
  const [next] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT "id", "userId" FROM "VisitWaitlistEntry"
    WHERE "locationId" = ${offer.locationId} AND "serviceId" = ${offer.serviceId} AND "offeredAt" IS NULL
    ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!next) return;
  await tx.visitWaitlistEntry.update({ where: { id: next.id }, data: { offeredAt: now } });
  await notify(tx, {
    userId: next.userId,
    messageKey: "notification.visitPlaceFreed",
    email: true,
    link: `/kunjungan?layanan=${encodeURIComponent(offer.serviceSlug)}&lokasi=${encodeURIComponent(offer.locationSlug)}`,
    params: { service: offer.serviceName, location: offer.locationName },
  });
}
