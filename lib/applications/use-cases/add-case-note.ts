import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { parseOrThrow } from "@/lib/platform/validation";
import { loadAgencyCase, officerRole } from "../agency-case";
import { checklistSchema, noteSchema } from "../officer-input";

/** An internal note on a case: for colleagues and supervisors, never shown to the citizen. */
export async function addCaseNote(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  const officer = officerRole(actor, application.agencyId);
  const { note } = parseOrThrow(noteSchema, input);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.applicationEvent.create({
      data: { applicationId: application.id, actorId: officer.id, actorRole: officer.role, type: "note", note, internal: true, createdAt: now },
    });
    await recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: officer.id,
      actorRole: officer.role,
      action: "application.noteAdded",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
    });
  });
}

/** Which requirements of the service standard the officer has verified: the latest tick list wins. */
export async function saveRequirementChecklist(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  const officer = officerRole(actor, application.agencyId);
  const { checked } = parseOrThrow(checklistSchema, input);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        actorId: officer.id,
        actorRole: officer.role,
        type: "requirementsChecked",
        internal: true,
        data: { checked: [...new Set(checked)].sort((a, b) => a - b) },
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      agencyId: application.agencyId,
      actorId: officer.id,
      actorRole: officer.role,
      action: "application.requirementsChecked",
      entityType: "Application",
      entityId: application.id,
      ip: context.ip,
      data: { checked },
    });
  });
}
