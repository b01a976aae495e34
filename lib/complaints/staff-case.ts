import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { lockComplaint, requireAccess, staffAccessTo, type StaffAccess } from "./access";
import { workingHoursSelect } from "./sla";

const staffCaseSelect = {
  id: true,
  trackingCode: true,
  kind: true,
  identityMode: true,
  status: true,
  version: true,
  agencyId: true,
  routedAt: true,
  filerId: true,
  assignedOfficerId: true,
  slaStartedAt: true,
  dueAt: true,
  agency: { select: { id: true, code: true, ...workingHoursSelect } },
} as const;

/**
 * A complaint as a staff use case needs it, with what this staff member may
 * do on it; anything they may not `need` is "not found". Inside a
 * transaction, read it under the row lock (`locked`).
 */
export async function loadStaffCase(
  client: Tx,
  actor: Actor,
  complaintId: string,
  need: keyof Omit<StaffAccess, "seesIdentity">,
  options: { locked?: boolean } = {},
) {
  if (options.locked) await lockComplaint(client, complaintId);
  const row = await client.complaint.findUnique({ where: { id: complaintId }, select: staffCaseSelect });
  const access = row ? staffAccessTo(actor, row) : null;
  if (!row || !access) {
    requireAccess(actor, { read: false, verify: false, handle: false, supervise: false, seesIdentity: false }, need);
    throw new AppError("NOT_FOUND", "error.notFound");
  }
  requireAccess(actor, access, need);
  return { ...row, access };
}
export type StaffCase = Awaited<ReturnType<typeof loadStaffCase>>;

/** The version the staff member's screen showed: acting on an older one is refused, not merged. */
export function assertComplaintUnchanged(complaint: { version: number }, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== complaint.version) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
}

/** Only the officer holding a complaint answers it. */
export function assertHeldBy(complaint: { assignedOfficerId: string | null }, userId: string) {
  if (complaint.assignedOfficerId !== userId) throw new AppError("CONFLICT", "complaint.notYourCase");
}
