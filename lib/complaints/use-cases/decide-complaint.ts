import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { rejectComplaintSchema, respondSchema, staffNoteSchema, versionOnlySchema } from "../schemas";
import { disputeWindowDays } from "../sla";
import { assertComplaintUnchanged, assertHeldBy, loadStaffCase } from "../staff-case";
import { applyComplaintTransition } from "../transition";
import { disputeDeadlineAfter } from "../workflow";

type Context = { ip: string | null; now?: Date };
const followUpLink = (code: string) => `/pengaduan/lacak/${code}`;

/** A verifier refuses a complaint: not a complaint, a duplicate, or outside the portal's authority, with a reason. */
export async function rejectComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { code, note, version } = parseOrThrow(rejectComplaintSchema, input);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const complaint = await loadStaffCase(tx, actor, complaintId, "verify", { locked: true });
    assertComplaintUnchanged(complaint, version);
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
    if (complaint.filerId) {
      await notify(tx, {
        userId: complaint.filerId,
        messageKey: "notification.complaintRejected",
        params: { trackingCode: complaint.trackingCode },
        link: followUpLink(complaint.trackingCode),
      });
    }
    return moved;
  });
}

/** An officer of the receiving agency (or the integrity unit) takes the complaint, also after a dispute. */
export async function claimComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { version } = parseOrThrow(versionOnlySchema, input ?? {});
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const complaint = await loadStaffCase(tx, actor, complaintId, "handle", { locked: true });
    assertComplaintUnchanged(complaint, version);
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

/** The holder hands the complaint back to the agency's queue. */
export async function releaseComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { version } = parseOrThrow(versionOnlySchema, input ?? {});
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const complaint = await loadStaffCase(tx, actor, complaintId, "handle", { locked: true });
    assertComplaintUnchanged(complaint, version);
    const by = staffActor(actor, complaint);
    assertHeldBy(complaint, by.id);
    return applyComplaintTransition(tx, { complaint, event: "release", actor: by, now, ip: context.ip, changes: { assignedOfficerId: null, claimedAt: null } });
  });
}

/**
 * The holder answers. The follow-up clock stops; the filer may dispute the
 * answer within the dispute window (COMPLAINT_DISPUTE_DAYS), after which it closes.
 */
export async function respondToComplaint(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { response, version } = parseOrThrow(respondSchema, input);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const complaint = await loadStaffCase(tx, actor, complaintId, "handle", { locked: true });
    assertComplaintUnchanged(complaint, version);
    const by = staffActor(actor, complaint);
    assertHeldBy(complaint, by.id);
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
    if (complaint.filerId) {
      await notify(tx, {
        userId: complaint.filerId,
        messageKey: "notification.complaintResponded",
        params: { trackingCode: complaint.trackingCode },
        link: followUpLink(complaint.trackingCode),
        email: true,
      });
    }
    return { ...moved, disputeDeadline };
  });
}

/** An internal note: for colleagues and supervisors (or the integrity unit), never shown to the filer. */
export async function addComplaintNote(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { note } = parseOrThrow(staffNoteSchema, input);
  const now = context.now ?? new Date();
  const preview = await loadStaffCase(db, actor, complaintId, "read");
  if (!preview.access.handle && !preview.access.verify && !preview.access.supervise) await loadStaffCase(db, actor, complaintId, "handle");
  const by = staffActor(actor, preview);
  await db.$transaction(async (tx) => {
    await tx.complaintEvent.create({ data: { complaintId, actorId: by.id, actorRole: by.role, type: "note", note, internal: true, createdAt: now } });
    await recordAudit(tx, { actorId: by.id, actorRole: by.role, action: "complaint.noteAdded", entityType: "Complaint", entityId: complaintId, ip: context.ip });
  });
}
