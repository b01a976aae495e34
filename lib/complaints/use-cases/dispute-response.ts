import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { filerActor, type FilerCredential } from "../access";
import { notifyHolder } from "../case-notices";
import { lockedForFiler, traceableIp } from "../filer-case";
import { disputeSchema } from "../schemas";
import { phaseDueAt } from "../sla";
import { applyComplaintTransition } from "../transition";
import { isAwaitingFiler, mayDispute } from "../workflow";

type Context = { ip: string | null; now?: Date };

/**
 * The filer disputes the answer within the window: the complaint reopens for
 * the same agency, with a fresh follow-up clock, and its holder is told.
 */
export async function disputeResponse(credential: FilerCredential, complaintId: string, input: unknown, context: Context) {
  const { reason } = parseOrThrow(disputeSchema, input);
  const now = context.now ?? new Date();
  const preview = await db.$transaction((tx) => lockedForFiler(tx, credential, complaintId));
  const dueAt = await phaseDueAt(db, preview.agency, "followUp", now);
  return db.$transaction(async (tx) => {
    const complaint = await lockedForFiler(tx, credential, complaintId);
    if (isAwaitingFiler(complaint.status) && !mayDispute(complaint, now)) throw new AppError("CONFLICT", "complaint.disputeWindowOver");
    const moved = await applyComplaintTransition(tx, {
      complaint,
      event: "dispute",
      actor: filerActor(complaint),
      note: reason,
      now,
      ip: traceableIp(complaint, context.ip),
      changes: { slaStartedAt: now, dueAt, atRiskRecordedAt: null, breachRecordedAt: null, disputeDeadline: null },
    });
    await notifyHolder(tx, complaint, "notification.complaintDisputed");
    return moved;
  });
}
