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
  place: {
    location: { id: string; slug: string; nameId: string; nameEn: string };
    serviceId: string;
    service: { slug: string; nameId: string; nameEn: string };
  },
  now: Date,
): Promise<void> {
  const { location, service } = place;
  const [next] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT "id", "userId" FROM "VisitWaitlistEntry"
    WHERE "locationId" = ${location.id} AND "serviceId" = ${place.serviceId} AND "offeredAt" IS NULL
    ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!next) return;
  await tx.visitWaitlistEntry.update({ where: { id: next.id }, data: { offeredAt: now } });
  await notify(tx, {
    userId: next.userId,
    messageKey: "notification.visitPlaceFreed",
    email: true,
    link: `/kunjungan?layanan=${encodeURIComponent(service.slug)}&lokasi=${encodeURIComponent(location.slug)}`,
    params: { service: { id: service.nameId, en: service.nameEn }, location: { id: location.nameId, en: location.nameEn } },
  });
}
