import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

/** The agencies a staff member may see in the back office: their memberships, or all for admins and all-agency supervisors. */
export async function listVisibleAgencies(actor: Actor) {
  authorize(actor, "backOffice.enter");
  const agencies = await db.agency.findMany({
    orderBy: { nameId: "asc" },
    select: {
      id: true,
      code: true,
      nameId: true,
      nameEn: true,
      _count: { select: { services: { where: { status: "PUBLISHED" } } } },
    },
  });
  return agencies.filter((agency) => can(actor, "agency.read", { agencyId: agency.id }));
}
