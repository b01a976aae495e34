import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { notifyFiler } from "../case-notices";
import { rejectComplaintSchema } from "../schemas";
import { inStaffCaseTransaction } from "../staff-case";
import { applyComplaintTransition } from "../transition";

type Context = { ip: string | null; now?: Date };

/** A verifier refuses a complaint: not a complaint, a duplicate, or outside the portal's authority, with a reason. */
export async function rejectComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { code, note, version } = parseOrThrow(rejectComplaintSchema, input);
  const now = context.now ?? new Date();
  return inStaffCaseTransaction(actor, complaintId, "verify", version, async (tx, complaint) => {
    const moved = await applyComplaintTransition(tx, {
      complaint,
      event: "reject",
      actor: staffActor(actor, complaint),
      note,
      data: { code },
      now,
      ip: context.ip,
      changes: { rejectionCode: code, rejectionReason: note },
    });
    await notifyFiler(tx, complaint, { messageKey: "notification.complaintRejected" });
    return moved;
  });
}
