import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { startCopiedDraft } from "../copied-draft";
import { loadCitizenCase } from "../data";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { mayApplyAgain, rejectionFrom } from "../rejection";
import { isRejected } from "../workflow";

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
  return startCopiedDraft({
    citizenId: rejected.citizenId,
    actingRole: rejected.actingRole,
    service: { id: service.id, agencyId: service.agencyId, currentVersionId: service.currentVersionId! },
    formDefinition: version.formDefinition,
    answers,
    submissionKey,
    origin: { reappliedFrom: rejected.id },
    ip: context.ip,
    now: now,
  });
}
