import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { filerActor, type FilerCredential } from "../access";
import { lockedForFiler, traceableIp } from "../filer-case";
import { rateSchema } from "../schemas";
import { mayRate } from "../workflow";

type Context = { ip: string | null; now?: Date };

/** The filer rates the handling, once, after the complaint closed with an answer. */
export async function rateHandling(credential: FilerCredential, complaintId: string, input: unknown, context: Context) {
  const { rating, comment } = parseOrThrow(rateSchema, input);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    const complaint = await lockedForFiler(tx, credential, complaintId);
    if (!mayRate(complaint)) throw new AppError("CONFLICT", "complaint.notAllowedNow");
    const updated = await tx.complaint.updateMany({
      where: { id: complaintId, rating: null },
      data: { rating, ratingComment: comment ?? null, ratedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "complaint.changedMeanwhile");
    const by = filerActor(complaint);
    await tx.complaintEvent.create({ data: { complaintId, actorId: by.id, actorRole: by.role, type: "rated", data: { rating }, createdAt: now } });
    await recordAudit(tx, {
      agencyId: complaint.agencyId,
      actorId: by.id,
      actorRole: by.role,
      action: "complaint.rated",
      entityType: "Complaint",
      entityId: complaintId,
      ip: traceableIp(complaint, context.ip),
      data: { rating },
    });
  });
}
