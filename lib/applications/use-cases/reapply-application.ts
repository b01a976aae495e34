import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sealAnswers } from "../answer-vault";
import { loadCitizenCase } from "../data";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { mayApplyAgain, rejectionFrom } from "../rejection";
import { DRAFT_STATUS, isRejected } from "../workflow";

/**
 * The one draft "apply again" opens for a rejected application: every click,
 * retry or second tab lands on it (the submission key is unique per citizen).
 */
function reapplicationKey(rejectedId: string): string {
  const hex = createHash("sha256").update(`reapply:${rejectedId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * "Apply again" after a rejection: a new draft of the same service under its
 * current standard, pre-filled with the rejected application's answers for
 * the fields that form still asks. Documents are not carried over: a
 * rejection is often about them, and the citizen uploads them afresh.
 */
export async function reapplyApplication(actor: Actor, rejectedId: string, context: { ip: string | null; now?: Date }) {
  const rejected = await loadCitizenCase(db, actor, rejectedId, "application.act");
  if (!isRejected(rejected.status)) throw new AppError("CONFLICT", "application.notAllowedNow");
  const submissionKey = reapplicationKey(rejected.id);
  const existing = await db.application.findUnique({
    where: { citizenId_submissionKey: { citizenId: rejected.citizenId, submissionKey } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, alreadyStarted: true };

  const [events, service] = await Promise.all([
    db.applicationEvent.findMany({ where: { applicationId: rejected.id, type: "rejected" }, select: { type: true, note: true, data: true, createdAt: true } }),
    db.service.findUniqueOrThrow({ where: { id: rejected.serviceId }, select: { id: true, agencyId: true, status: true, currentVersionId: true } }),
  ]);
  const rejection = rejectionFrom(events);
  const takesApplications = service.status === "PUBLISHED" && !!service.currentVersionId;
  if (!rejection || !mayApplyAgain(rejection, takesApplications) || !service.currentVersionId) {
    throw new AppError("CONFLICT", "application.applyAgainNotAllowed");
  }
  const version = await loadPublishedVersion(db, service.currentVersionId);
  const carried = new Set(
    topLevelFields(version.formDefinition)
      .filter((field) => field.type !== "file")
      .map((field) => field.key),
  );
  const answers = Object.fromEntries(Object.entries(rejected.answers).filter(([key]) => carried.has(key)));
  const now = context.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const draft = await tx.application.create({
        data: {
          citizenId: rejected.citizenId,
          serviceId: service.id,
          agencyId: service.agencyId,
          standardVersionId: service.currentVersionId!,
          submissionKey,
          answers: sealAnswers(version.formDefinition, answers) as Prisma.InputJsonObject,
          createdAt: now,
          events: {
            create: {
              actorId: rejected.citizenId,
              actorRole: rejected.actingRole,
              type: "created",
              toStatus: DRAFT_STATUS,
              data: { reappliedFrom: rejected.id },
              createdAt: now,
            },
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        agencyId: service.agencyId,
        actorId: rejected.citizenId,
        actorRole: rejected.actingRole,
        action: "application.created",
        entityType: "Application",
        entityId: draft.id,
        ip: context.ip,
        data: { reappliedFrom: rejected.id },
      });
      return { id: draft.id, alreadyStarted: false };
    });
  } catch (error) {
    // A second request with the same key won the race: its draft is the one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.application.findUniqueOrThrow({
        where: { citizenId_submissionKey: { citizenId: rejected.citizenId, submissionKey } },
        select: { id: true },
      });
      return { id: winner.id, alreadyStarted: true };
    }
    throw error;
  }
}
