import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { returnHeldApplications, type ReturnedApplication } from "@/lib/applications/return-held-applications";
import { announceApplicationChange } from "@/lib/applications/side-effects";
import { returnHeldComplaints } from "@/lib/complaints/return-held-complaints";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { assertAdminRemains, loadStaffForUpdate, lockStaffAccess, type StaffAdminContext } from "../staff-writes";

/**
 * Deactivates or reactivates a staff account. Deactivation also bumps the
 * session version, so a session that is open right now ends on its next
 * request, and a later reactivation does not bring old sessions back. In the
 * same transaction, the cases the person held (applications and complaints)
 * go back to their agency's queue, each with a timeline entry, so nothing
 * waits on someone who is gone.
 */
export async function setStaffActive(actor: Actor, input: { userId: unknown; active: boolean }, context: StaffAdminContext & { now?: Date }) {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const now = context.now ?? new Date();
  let returned: ReturnedApplication[] = [];
  const result = await db.$transaction(async (tx) => {
    await lockStaffAccess(tx);
    const user = await loadStaffForUpdate(tx, input.userId);
    if (user.active === input.active) return { id: user.id, changed: false };
    if (!input.active && user.id === admin.actorId) throw new AppError("CONFLICT", "staff.error.deactivateSelf");
    await assertAdminRemains(tx, user, { roles: user.roles, active: input.active });
    await tx.user.update({
      where: { id: user.id },
      data: input.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    let returnedComplaints = 0;
    if (!input.active) {
      const by = { id: admin.actorId, role: admin.actorRole };
      returned = await returnHeldApplications(tx, user.id, by, { now, ip: context.ip });
      returnedComplaints = await returnHeldComplaints(tx, user.id, by, { now, ip: context.ip });
    }
    await recordAudit(tx, {
      ...admin,
      action: input.active ? "staff.reactivated" : "staff.deactivated",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      ...(input.active ? {} : { data: { applicationsReturned: returned.length, complaintsReturned: returnedComplaints } }),
    });
    return { id: user.id, changed: true };
  });
  for (const change of returned) await announceApplicationChange(change);
  return result;
}
