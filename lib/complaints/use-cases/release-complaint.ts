import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { versionOnlySchema } from "../schemas";
import { assertMayFire, inStaffCaseTransaction } from "../staff-case";
import { applyComplaintTransition } from "../transition";

type Context = { ip: string | null; now?: Date };

/** The holder hands the complaint back to the agency's queue. */
export async function releaseComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { version } = parseOrThrow(versionOnlySchema, input ?? {});
  const now = context.now ?? new Date();
  return inStaffCaseTransaction(actor, complaintId, "handle", version, (tx, complaint) => {
    const by = staffActor(actor, complaint);
    assertMayFire(complaint, "release", by.id);
    return applyComplaintTransition(tx, { complaint, event: "release", actor: by, now, ip: context.ip, changes: { assignedOfficerId: null, claimedAt: null } });
  });
}
