import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { locationAgencyIds } from "../audit-scope";
import { issueKioskToken } from "../kiosk-token";

/**
 * Staff of the location (an officer of an agency with a counter there) or an
 * admin turn a browser into the location's kiosk: the answer is the device
 * token the kiosk's writes need (lib/visits/kiosk-token.ts). Audited, so
 * every active kiosk has a name behind it.
 */
export async function activateKiosk(actor: Actor, input: { locationSlug: string }, context: { ip: string | null }, now = new Date()) {
  const location = await db.visitLocation.findUnique({
    where: { slug: String(input.locationSlug ?? "") },
    select: { id: true, counters: { select: { agencyId: true } } },
  });
  if (!location) {
    authorizeSignedIn(actor, "visit.manage");
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  const staffed = location.counters.find((counter) => can(actor, "visit.serve", { agencyId: counter.agencyId }));
  const audit = staffed ? authorizeSignedIn(actor, "visit.serve", { agencyId: staffed.agencyId }) : authorizeSignedIn(actor, "visit.manage");
  // An officer activates for their agency (its chain); an admin for the location as a whole (each agency's chain there).
  await db.$transaction(async (tx) => {
    for (const agencyId of staffed ? [staffed.agencyId] : await locationAgencyIds(tx, location.id)) {
      await recordAudit(tx, { ...audit, agencyId, action: "visit.kioskActivated", entityType: "VisitLocation", entityId: location.id, ip: context.ip });
    }
  });
  return { locationId: location.id, token: issueKioskToken(location.id, now) };
}
