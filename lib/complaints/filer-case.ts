import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { isFiler, lockComplaint, type FilerCredential } from "./access";
import { caseCoreSelect } from "./complaint-select";
import { workingHoursSelect } from "./sla";

const filerSelect = {
  ...caseCoreSelect,
  respondedAt: true,
  disputeDeadline: true,
  rating: true,
  agency: { select: workingHoursSelect },
} as const;

/** The complaint under its row lock, if these credentials make someone its filer; otherwise "not found". */
export async function lockedForFiler(tx: Tx, credential: FilerCredential, complaintId: string) {
  await lockComplaint(tx, complaintId);
  const complaint = await tx.complaint.findUnique({ where: { id: complaintId }, select: filerSelect });
  if (!complaint || !isFiler(credential, complaint)) throw new AppError("NOT_FOUND", "error.notFound");
  return complaint;
}

/** Anonymous and whistleblowing filers leave no address in the audit log. */
export function traceableIp(complaint: { identityMode: string; kind: string }, ip: string | null) {
  return complaint.identityMode === "ANONYMOUS" || complaint.kind === "WHISTLEBLOWING" ? null : ip;
}
