import "server-only";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { unlinkableRateLimitKey } from "@/lib/platform/rate-limit-unlinkable";
import { parseOrThrow } from "@/lib/platform/validation";
import { filerActor, isFiler, lockComplaint, type FilerCredential } from "../access";
import { attachmentBytes, checkAttachments, recordAttachments, storeAttachments, type IncomingFile } from "../attachments";
import { addInformationSchema, disputeSchema, rateSchema } from "../schemas";
import { phaseDueAt, workingHoursSelect } from "../sla";
import { applyComplaintTransition } from "../transition";
import { isAwaitingFiler, isComplaintOpen, mayDispute, mayRate } from "../workflow";

type Context = { ip: string | null; now?: Date };

/** Adding information is a few messages per complaint; more is flooding the officer (and the file store). */
export const INFO_PER_COMPLAINT = { limit: 10, windowMs: 3_600_000 };
export const INFO_PER_IP = { limit: 30, windowMs: 3_600_000 };

const filerSelect = {
  id: true,
  trackingCode: true,
  kind: true,
  identityMode: true,
  status: true,
  version: true,
  filerId: true,
  agencyId: true,
  assignedOfficerId: true,
  respondedAt: true,
  disputeDeadline: true,
  rating: true,
  agency: { select: workingHoursSelect },
} as const;

/** The complaint under its row lock, if these credentials make someone its filer; otherwise "not found". */
async function lockedForFiler(tx: Tx, credential: FilerCredential, complaintId: string) {
  await lockComplaint(tx, complaintId);
  const complaint = await tx.complaint.findUnique({ where: { id: complaintId }, select: filerSelect });
  if (!complaint || !isFiler(credential, complaint)) throw new AppError("NOT_FOUND", "error.notFound");
  return complaint;
}

/** Anonymous and whistleblowing filers leave no address in the audit log. */
function traceableIp(complaint: { identityMode: string; kind: string }, ip: string | null) {
  return complaint.identityMode === "ANONYMOUS" || complaint.kind === "WHISTLEBLOWING" ? null : ip;
}

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
        actorId: by.id,
        actorRole: by.role,
        action: "complaint.infoAdded",
        entityType: "Complaint",
        entityId: complaintId,
        ip: traceableIp(complaint, context.ip),
        data: { attachments: stored.length },
      });
      if (complaint.assignedOfficerId) {
        await notify(tx, {
          userId: complaint.assignedOfficerId,
          messageKey: "notification.complaintInfoAdded",
          params: { trackingCode: complaint.trackingCode },
          link: staffLink(complaint),
        });
      }
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
    if (complaint.assignedOfficerId) {
      await notify(tx, {
        userId: complaint.assignedOfficerId,
        messageKey: "notification.complaintDisputed",
        params: { trackingCode: complaint.trackingCode },
        link: staffLink(complaint),
      });
    }
    return moved;
  });
}

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

function staffLink(complaint: { id: string; kind: string }) {
  return complaint.kind === "WHISTLEBLOWING" ? `/petugas/integritas/${complaint.id}` : `/petugas/pengaduan/${complaint.id}`;
}
