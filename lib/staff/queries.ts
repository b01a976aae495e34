import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { STAFF_ROLES } from "./access-rules";

export const STAFF_PAGE_SIZE = 50;

const staffSelect = {
  id: true,
  name: true,
  email: true,
  nip: true,
  roles: true,
  active: true,
  emailConfirmedAt: true,
  lastSignInAt: true,
  memberships: { select: { agencyId: true, role: true, agency: { select: { code: true, nameId: true, nameEn: true } } } },
} as const;

/** "Invitation pending" until the owner has chosen a password through the emailed link. */
export type StaffStatus = "active" | "invited" | "deactivated";
export function staffStatus(user: { active: boolean; emailConfirmedAt: Date | null }): StaffStatus {
  if (!user.active) return "deactivated";
  return user.emailConfirmedAt ? "active" : "invited";
}

/** Staff accounts (anyone holding a staff role), by name; `query` matches name or email. */
export async function listStaff(actor: Actor, query: string) {
  authorize(actor, "admin.manage");
  const text = query.trim().slice(0, 100);
  return db.user.findMany({
    where: {
      roles: { hasSome: [...STAFF_ROLES] },
      ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { contains: text, mode: "insensitive" } }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: STAFF_PAGE_SIZE,
    select: staffSelect,
  });
}
export type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];

export async function getStaffMember(actor: Actor, id: string): Promise<StaffRow> {
  authorize(actor, "admin.manage");
  const user = await db.user.findUnique({ where: { id }, select: staffSelect });
  if (!user || !user.roles.some((role) => role !== "CITIZEN")) throw new AppError("NOT_FOUND", "error.notFound");
  return user;
}

/** Every agency, for the membership choices. */
export async function listAgencyChoices(actor: Actor) {
  authorize(actor, "admin.manage");
  return db.agency.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameId: true, nameEn: true } });
}
export type AgencyChoice = Awaited<ReturnType<typeof listAgencyChoices>>[number];

/** The audited changes to one staff account, newest first: who changed what, when. */
export async function staffHistory(actor: Actor, userId: string) {
  authorize(actor, "admin.manage");
  return db.auditEvent.findMany({
    where: { entityType: "User", entityId: userId, action: { startsWith: "staff." } },
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, occurredAt: true, action: true, actor: { select: { name: true } } },
  });
}
