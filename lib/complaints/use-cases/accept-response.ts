import "server-only";
import { db } from "@/lib/platform/db";
import { filerActor, type FilerCredential } from "../access";
import { lockedForFiler, traceableIp } from "../filer-case";
import { applyComplaintTransition } from "../transition";

type Context = { ip: string | null; now?: Date };

/**
 * The filer accepts the answer: the complaint closes. Their one say on the
 * handling is rateHandling's 1–4 rating on the same page; the nine-element
 * service survey (SKM) is about a service delivered, not a complaint, so it
 * is never offered here.
 */
export async function acceptResponse(credential: FilerCredential, complaintId: string, context: Context) {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const complaint = await lockedForFiler(tx, credential, complaintId);
    const closed = await applyComplaintTransition(tx, {
      complaint,
      event: "accept",
      actor: filerActor(complaint),
      now,
      ip: traceableIp(complaint, context.ip),
      changes: { closedAt: now },
    });
    return closed;
  });
}
