import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffAccessSchema } from "../access-rules";
import { assertAdminRemains, assertAgenciesExist, loadStaffForUpdate, lockStaffAccess, type StaffAdminContext } from "../staff-writes";

/**
 * Replaces a staff member's roles and agency memberships. Nothing else is
 * needed for it to apply: every request re-reads roles (lib/auth/current-actor.ts).
 * Posting the same access twice changes nothing and records nothing the second time.
 */
export async function changeStaffAccess(actor: Actor, input: { userId: unknown; access: unknown }, context: StaffAdminContext) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const access = parseOrThrow(staffAccessSchema, input.access);
  return db.$transaction(async (tx) => {
    await lockStaffAccess(tx);
    const user = await loadStaffForUpdate(tx, input.userId);
    await assertAgenciesExist(tx, access.memberships);
    // A citizen who also works for an agency keeps their citizen account.
    const roles = [...(user.roles.includes("CITIZEN") ? (["CITIZEN"] as const) : []), ...access.roles];
    const before = { roles: user.roles, memberships: user.memberships };
    if (sameAccess(before, { roles, memberships: access.memberships })) return { id: user.id, changed: false };
    await assertAdminRemains(tx, user, { roles, active: user.active });
    await tx.agencyMembership.deleteMany({ where: { userId: user.id } });
    await tx.user.update({
      where: { id: user.id },
      data: { roles, memberships: { create: access.memberships.map((m) => ({ agencyId: m.agencyId, role: m.role })) } },
    });
    await recordAudit(tx, {
      ...admin,
      action: "staff.accessChanged",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      data: { before, after: { roles, memberships: access.memberships } },
    });
    return { id: user.id, changed: true };
  });
}

function sameAccess(
  a: { roles: readonly string[]; memberships: readonly { agencyId: string; role: string }[] },
  b: { roles: readonly string[]; memberships: readonly { agencyId: string; role: string }[] },
) {
  const key = (m: { agencyId: string; role: string }) => `${m.agencyId}:${m.role}`;
  const setEq = (x: string[], y: string[]) => x.length === y.length && x.every((item) => y.includes(item));
  return setEq([...a.roles], [...b.roles]) && setEq(a.memberships.map(key), b.memberships.map(key));
}
