import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { unlinkableRateLimitKey } from "@/lib/platform/rate-limit-unlinkable";
import { parseOrThrow } from "@/lib/platform/validation";
import { filerActor, type FilerCredential } from "../access";
import { attachmentBytes, checkAttachments, recordAttachments, storeAttachments, type IncomingFile } from "../attachments";
import { notifyHolder } from "../case-notices";
import { lockedForFiler, traceableIp } from "../filer-case";
import { addInformationSchema } from "../schemas";
import { isComplaintOpen } from "../workflow";

type Context = { ip: string | null; now?: Date };

/** Adding information is a few messages per complaint; more is flooding the officer (and the file store). */
export const INFO_PER_COMPLAINT = { limit: 10, windowMs: 3_600_000 };
export const INFO_PER_IP = { limit: 30, windowMs: 3_600_000 };

/** The filer adds information (text, files) while the complaint is open; the holder is told. */
export async function addInformation(credential: FilerCredential, complaintId: string, input: unknown, files: readonly IncomingFile[], context: Context) {
  const { text, submissionKey } = parseOrThrow(addInformationSchema, input);
  const now = context.now ?? new Date();
  const preview = await db.$transaction((tx) => lockedForFiler(tx, credential, complaintId));
  if (!isComplaintOpen(preview.status)) throw new AppError("CONFLICT", "complaint.notAllowedNow");
  await enforceRateLimits(db, [
    { key: `complaint:info:${complaintId}`, rule: INFO_PER_COMPLAINT },
    // Unlinkable: an address counted beside this complaint's counter would name an anonymous filer.
    ...(context.ip ? [{ key: await unlinkableRateLimitKey(db, "complaint:info:ip", context.ip), rule: INFO_PER_IP }] : []),
  ]);
  const checked = checkAttachments(files, await attachmentBytes(db, complaintId));
  const { stored, discard } = await storeAttachments(checked);
  try {
    const added = await db.$transaction(async (tx) => {
      const complaint = await lockedForFiler(tx, credential, complaintId);
      if (!isComplaintOpen(complaint.status)) throw new AppError("CONFLICT", "complaint.notAllowedNow");
      if (submissionKey && (await alreadyAdded(tx, complaintId, submissionKey))) return false;
      checkAttachments(files, await attachmentBytes(tx, complaintId));
      const by = filerActor(complaint);
      await tx.complaintEvent.create({
        data: {
          complaintId,
          actorId: by.id,
          actorRole: by.role,
          type: "infoAdded",
          note: text,
          data: { attachments: stored.length, ...(submissionKey ? { submissionKey } : {}) },
          createdAt: now,
        },
      });
      await recordAttachments(tx, complaintId, complaint.filerId, stored);
      await recordAudit(tx, {
        agencyId: complaint.agencyId,
        actorId: by.id,
        actorRole: by.role,
        action: "complaint.infoAdded",
        entityType: "Complaint",
        entityId: complaintId,
        ip: traceableIp(complaint, context.ip),
        data: { attachments: stored.length },
      });
      await notifyHolder(tx, complaint, "notification.complaintInfoAdded");
      return true;
    });
    // A resent post: the first one's files are the ones kept.
    if (!added) await discard();
  } catch (error) {
    await discard();
    throw error;
  }
}

async function alreadyAdded(tx: Tx, complaintId: string, submissionKey: string): Promise<boolean> {
  const earlier = await tx.complaintEvent.findFirst({
    where: { complaintId, type: "infoAdded", data: { path: ["submissionKey"], equals: submissionKey } },
    select: { id: true },
  });
  return earlier !== null;
}
