import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { lockComplaint, requireAccess, staffAccessTo, type StaffAccess } from "./access";
import { caseCoreSelect } from "./complaint-select";
import { workingHoursSelect } from "./sla";
import { complaintRequiresHolder, type ComplaintEventName } from "./workflow";

const staffCaseSelect = {
  ...caseCoreSelect,
  routedAt: true,
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

/**
 * A staff use case's one transaction: the complaint under its row lock, as
 * `loadStaffCase` gives it, refused if it changed since the staff member's
 * screen showed `version`.
 */
export function inStaffCaseTransaction<T>(
  actor: Actor,
  complaintId: string,
  need: keyof Omit<StaffAccess, "seesIdentity">,
  version: number | undefined,
  work: (tx: Tx, complaint: StaffCase) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const complaint = await loadStaffCase(tx, actor, complaintId, need, { locked: true });
    assertComplaintUnchanged(complaint, version);
    return work(tx, complaint);
  });
}

/** The version the staff member's screen showed: acting on an older one is refused, not merged. */
export function assertComplaintUnchanged(complaint: { version: number }, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== complaint.version) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
}

/** Only the officer holding a complaint answers it. */
/** The workflow table says which events only the complaint's holder may fire; this is where the server asks it. */
export function assertMayFire(complaint: { assignedOfficerId: string | null }, event: ComplaintEventName, userId: string) {
  if (complaintRequiresHolder(event) && complaint.assignedOfficerId !== userId) throw new AppError("CONFLICT", "complaint.notYourCase");
}
