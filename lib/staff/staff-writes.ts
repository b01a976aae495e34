import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { removesAdmin, type StaffAccess } from "./access-rules";

/** Arbitrary, but fixed: staff access writes take turns on it (see lockStaffAccess). */
const STAFF_ACCESS_LOCK = 7226010;

export type StaffAdminContext = { ip: string | null };

/**
 * Every change to roles or to whether an account is active takes this lock
 * first, so "is another active admin left?" still holds at commit: two admins
 * demoting each other at the same moment cannot leave the portal with none.
 */
export async function lockStaffAccess(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STAFF_ACCESS_LOCK})`;
}

/** Refuses a change that would leave no active admin. Call after lockStaffAccess. */
export async function assertAdminRemains(
  tx: Tx,
  target: { id: string; roles: readonly string[]; active: boolean },
  after: { roles: readonly string[]; active: boolean },
): Promise<void> {
  if (!removesAdmin(target, after)) return;
  const others = await tx.user.count({ where: { id: { not: target.id }, active: true, roles: { has: "ADMIN" }, erasedAt: null } });
  if (others === 0) throw new AppError("CONFLICT", "staff.error.lastAdmin");
}

/** A staff account as the lock-holding writer sees it; "not found" for citizens-only accounts. */
export async function loadStaffForUpdate(tx: Tx, userId: unknown) {
  if (typeof userId !== "string" || userId.length > 64) throw new AppError("NOT_FOUND", "error.notFound");
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, roles: true, active: true, sessionVersion: true, memberships: { select: { agencyId: true, role: true } } },
  });
  const isStaff = user?.roles.some((role) => role !== "CITIZEN");
  if (!user || !isStaff) throw new AppError("NOT_FOUND", "error.notFound");
  return user;
}

/** A membership naming an unknown agency is a tampered form, answered like any bad choice. */
export async function assertAgenciesExist(tx: Tx, memberships: StaffAccess["memberships"]) {
  if (memberships.length === 0) return;
  const ids = [...new Set(memberships.map((m) => m.agencyId))];
  const found = await tx.agency.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new AppError("INVALID", "error.invalidInput", { memberships: ["staff.error.membershipInvalid"] });
}
