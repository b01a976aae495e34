import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { staffActor } from "../access";
import { staffNoteSchema } from "../schemas";
import { loadStaffCase } from "../staff-case";

type Context = { ip: string | null; now?: Date };

/** An internal note: for colleagues and supervisors (or the integrity unit), never shown to the filer. */
export async function addComplaintNote(actor: Actor, complaintId: string, input: unknown, context: Context) {
  const { note } = parseOrThrow(staffNoteSchema, input);
  const now = context.now ?? new Date();
  const preview = await loadStaffCase(db, actor, complaintId, "read");
  if (!preview.access.handle && !preview.access.verify && !preview.access.supervise) await loadStaffCase(db, actor, complaintId, "handle");
  const by = staffActor(actor, preview);
  await db.$transaction(async (tx) => {
    await tx.complaintEvent.create({ data: { complaintId, actorId: by.id, actorRole: by.role, type: "note", note, internal: true, createdAt: now } });
    await recordAudit(tx, {
      agencyId: preview.agencyId,
      actorId: by.id,
      actorRole: by.role,
      action: "complaint.noteAdded",
      entityType: "Complaint",
      entityId: complaintId,
      ip: context.ip,
    });
  });
}
