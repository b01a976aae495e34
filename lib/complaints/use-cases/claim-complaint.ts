import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { versionOnlySchema } from "../schemas";
import { inStaffCaseTransaction } from "../staff-case";
import { applyComplaintTransition } from "../transition";

type Context = { ip: string | null; now?: Date };

/** An officer of the receiving agency (or the integrity unit) takes the complaint, also after a dispute. */
export async function claimComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { version } = parseOrThrow(versionOnlySchema, input ?? {});
  const now = context.now ?? new Date();
  return inStaffCaseTransaction(actor, complaintId, "handle", version, (tx, complaint) => {
    const by = staffActor(actor, complaint);
    return applyComplaintTransition(tx, {
      complaint,
      event: "claim",
      actor: by,
      now,
      ip: context.ip,
      changes: { assignedOfficerId: by.id, claimedAt: now },
    });
  });
}
