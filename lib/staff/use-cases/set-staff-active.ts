import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { assertAdminRemains, authorizeStaffAdmin, loadStaffForUpdate, lockStaffAccess, type StaffAdminContext } from "../staff-writes";

/**
 * Deactivates or reactivates a staff account. Deactivation also bumps the
 * session version, so a session that is open right now ends on its next
 * request, and a later reactivation does not bring old sessions back.
 */
export async function setStaffActive(actor: Actor, input: { userId: unknown; active: boolean }, context: StaffAdminContext) {
  const admin = authorizeStaffAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockStaffAccess(tx);
    const user = await loadStaffForUpdate(tx, input.userId);
    if (user.active === input.active) return { id: user.id, changed: false };
    if (!input.active && user.id === admin.actorId) throw new AppError("CONFLICT", "staff.error.deactivateSelf");
    await assertAdminRemains(tx, user, { roles: user.roles, active: input.active });
    await tx.user.update({
      where: { id: user.id },
      data: input.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      ...admin,
      action: input.active ? "staff.reactivated" : "staff.deactivated",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
    });
    return { id: user.id, changed: true };
  });
}
