import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { counterHasTickets, servicesLeftUnserved } from "../offer-admin";

/**
 * The admin removes a counter (lib/visits/offer-admin.ts has the decision):
 * refused while a number waits for it or is being served there, or while it
 * is the last counter for a service someone is booked or waiting for. A
 * removed counter is deactivated (its label may be used again by saving the
 * location), so served numbers keep their counter. Removing twice answers "already removed".
 */
export async function removeVisitCounter(actor: Actor, input: { counterId: string }, context: { ip: string | null }) {
  const audit = authorizeSignedIn(actor, "visit.manage");
  const counter = await db.visitCounter.findUnique({
    where: { id: String(input.counterId ?? "") },
    select: { id: true, locationId: true, agencyId: true, label: true, serviceIds: true, location: { select: { slug: true } } },
  });
  if (!counter) throw new AppError("NOT_FOUND", "visit.error.unknownCounter");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "VisitLocation" WHERE "id" = ${counter.locationId} FOR UPDATE`;
    const current = await tx.visitCounter.findUniqueOrThrow({ where: { id: counter.id }, select: { active: true } });
    if (!current.active) return { locationSlug: counter.location.slug, alreadyRemoved: true };
    if (await counterHasTickets(tx, counter.id)) throw new AppError("CONFLICT", "visit.error.counterInUse");
    if ((await servicesLeftUnserved(tx, counter, counter.serviceIds)).length > 0) throw new AppError("CONFLICT", "visit.error.serviceWouldBeUnserved");
    await tx.visitCounter.update({ where: { id: counter.id }, data: { active: false } });
    await recordAudit(tx, {
      ...audit,
      agencyId: counter.agencyId,
      action: "visit.counterRemoved",
      entityType: "VisitCounter",
      entityId: counter.id,
      ip: context.ip,
      data: { label: counter.label },
    });
    return { locationSlug: counter.location.slug, alreadyRemoved: false };
  });
}
