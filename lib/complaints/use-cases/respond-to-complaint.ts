import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { notifyFiler } from "../case-notices";
import { respondSchema } from "../schemas";
import { disputeWindowDays } from "../sla";
import { assertMayFire, inStaffCaseTransaction } from "../staff-case";
import { applyComplaintTransition } from "../transition";
import { disputeDeadlineAfter } from "../workflow";

type Context = { ip: string | null; now?: Date };

/**
 * The holder answers. The follow-up clock stops; the filer may dispute the
 * answer within the dispute window (COMPLAINT_DISPUTE_DAYS), after which it closes.
 */
export async function respondToComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { response, version } = parseOrThrow(respondSchema, input);
  const now = context.now ?? new Date();
  return inStaffCaseTransaction(actor, complaintId, "handle", version, async (tx, complaint) => {
    const by = staffActor(actor, complaint);
    assertMayFire(complaint, "respond", by.id);
    const disputeDeadline = disputeDeadlineAfter(now, disputeWindowDays());
    const moved = await applyComplaintTransition(tx, {
      complaint,
      event: "respond",
      actor: by,
      note: response,
      now,
      ip: context.ip,
      changes: { response, respondedAt: now, disputeDeadline },
    });
    await notifyFiler(tx, complaint, { messageKey: "notification.complaintResponded", email: true });
    return { ...moved, disputeDeadline };
  });
}
