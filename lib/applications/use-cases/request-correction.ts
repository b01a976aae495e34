import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { assertMayFire, assertUnchanged, loadAgencyCase, officerRole } from "../agency-case";
import { sealAnswers } from "../answer-vault";
import { snapshotOf } from "../correction-changes";
import { expectedVersionSchema } from "../officer-input";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { announceApplicationChange } from "../side-effects";
import { applyTransition } from "../transition";

const correctionSchema = z.object({
  note: z.string().trim().min(10, "application.correctionNoteTooShort").max(2000, "form.tooLong"),
  fields: z.array(z.string()).min(1, "application.correctionFieldsRequired").max(50),
  version: expectedVersionSchema,
});

/**
 * An officer sends the application back to the citizen, naming what to fix.
 * The SLA clock pauses until the citizen resubmits (DESIGN.md §4).
 */
export async function requestCorrection(actor: Actor, applicationId: string, input: unknown, context: { ip: string | null; now?: Date }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  const officer = officerRole(actor, application.agencyId);
  const { note, fields, version } = parseOrThrow(correctionSchema, input);
  assertUnchanged(application, version);
  assertMayFire(application, "requestCorrection", officer.id);
  const known = new Set(topLevelFields(application.formDefinition).map((field) => field.key));
  if (fields.some((field) => !known.has(field))) {
    throw new AppError("INVALID", "error.invalidInput", { fields: ["application.correctionFieldsRequired"] });
  }
  const now = context.now ?? new Date();
  const named = [...new Set(fields)];
  const moved = await db.$transaction(async (tx) => {
    // What the named fields hold now, so the officer can later see what the citizen changed.
    const documents = await tx.document.findMany({
      where: { applicationId: application.id, kind: "UPLOAD", fieldKey: { in: named } },
      select: { id: true, fieldKey: true, fileName: true },
      orderBy: { createdAt: "asc" },
    });
    const before = snapshotOf(
      named,
      sealAnswers(application.formDefinition, application.answers),
      documents.flatMap((document) => (document.fieldKey ? [{ ...document, fieldKey: document.fieldKey }] : [])),
    );
    const result = await applyTransition(tx, {
      application,
      event: "requestCorrection",
      actor: officer,
      note,
      data: { fields: named, before: before as Prisma.InputJsonObject },
      now,
      ip: context.ip,
      changes: { pauseStartedAt: now },
    });
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.correctionRequested",
      params: { trackingNumber: application.trackingNumber ?? "", serviceName: { id: application.service.nameId, en: application.service.nameEn }, note },
      link: `/permohonan/${application.id}`,
      email: true,
    });
    return result;
  });
  await announceApplicationChange({ applicationId: application.id, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId });
  return moved;
}
