import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { sealAnswers } from "./answer-vault";
import { DRAFT_STATUS } from "./workflow";

export type CopiedDraft = {
  citizenId: string;
  actingRole: Role | null;
  service: { id: string; agencyId: string; currentVersionId: string };
  formDefinition: FormDefinition;
  answers: Record<string, unknown>;
  /** Derived from the earlier application: a double submit finds the draft it started. */
  submissionKey: string;
  /** What the draft was started from, on its "created" event and audit entry (e.g. { reappliedFrom }). */
  origin: Record<string, string>;
  ip: string | null;
  now: Date;
};

/**
 * A new draft carrying answers over from an earlier application (applying again after a rejection,
 * renewing an expiring document): one transaction writes the draft, its "created" event and the audit
 * entry. A concurrent second request with the same key gets the draft the first one wrote.
 */
export async function startCopiedDraft(input: CopiedDraft): Promise<{ id: string; alreadyStarted: boolean }> {
  const { citizenId, actingRole, service, submissionKey, origin, now } = input;
  try {
    return await db.$transaction(async (tx) => {
      const draft = await tx.application.create({
        data: {
          citizenId,
          serviceId: service.id,
          agencyId: service.agencyId,
          standardVersionId: service.currentVersionId,
          submissionKey,
          answers: sealAnswers(input.formDefinition, input.answers) as Prisma.InputJsonObject,
          createdAt: now,
          events: { create: { actorId: citizenId, actorRole: actingRole, type: "created", toStatus: DRAFT_STATUS, data: origin, createdAt: now } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        agencyId: service.agencyId,
        actorId: citizenId,
        actorRole: actingRole,
        action: "application.created",
        entityType: "Application",
        entityId: draft.id,
        ip: input.ip,
        data: origin,
      });
      return { id: draft.id, alreadyStarted: false };
    });
  } catch (error) {
    // A second request with the same key won the race: its draft is the one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.application.findUniqueOrThrow({ where: { citizenId_submissionKey: { citizenId, submissionKey } }, select: { id: true } });
      return { id: winner.id, alreadyStarted: true };
    }
    throw error;
  }
}
