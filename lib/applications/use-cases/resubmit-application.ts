import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { localDateOf } from "@/lib/sla/calendar";
import { openAnswers, sealAnswers } from "../answer-vault";
import { currentCorrection } from "../correction";
import { correctionChanges, snapshotOf } from "../correction-changes";
import { loadCitizenCaseHeader, loadLockedCitizenCase } from "../data";
import { checkCorrectionReadiness, notReadyError } from "../readiness";
import { usableWalletFieldKeys } from "@/lib/applications/wallet-reference";
import { announceApplicationChange } from "../side-effects";
import { recomputeDueAt } from "../sla-clock";
import { applyTransition } from "../transition";
import { isAwaitingCorrection, statusAfter } from "../workflow";

/** Sends a corrected application back to review; the clock resumes, extended by the paused working time. */
export async function resubmitApplication(actor: Actor, applicationId: string, context: { ip: string | null; now?: Date }) {
  const preview = await loadCitizenCaseHeader(db, actor, applicationId, "application.act");
  const now = context.now ?? new Date();
  const calendar = await loadWorkCalendar(db, preview.agency, { around: now });
  const outcome = await db.$transaction(async (tx) => {
    const application = await loadLockedCitizenCase(tx, actor, applicationId);
    // A second click after the first went through lands here: nothing left to do.
    if (application.status === statusAfter("resubmit")) return null;
    if (!isAwaitingCorrection(application.status) || !application.submittedAt) {
      throw new AppError("CONFLICT", "application.notAllowedNow");
    }
    const correction = await currentCorrection(tx, application.id);
    const readiness = checkCorrectionReadiness(
      application.formDefinition,
      application.answers,
      [...application.documents.flatMap((document) => (document.fieldKey ? [document.fieldKey] : [])), ...(await usableWalletFieldKeys(tx, application, now))],
      { submitted: localDateOf(calendar, application.submittedAt), today: localDateOf(calendar, now) },
      correction?.fields ?? [],
      calendar.nonWorkingDates,
    );
    if (!readiness.ready) throw notReadyError(readiness.issues);
    const submittedAt = application.submittedAt;
    const dueAt = await recomputeDueAt(tx, { ...application, submittedAt }, now, [{ type: "resubmitted", createdAt: now }]);
    const pausedFor = application.pauseStartedAt ? now.getTime() - application.pauseStartedAt.getTime() : 0;
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.correctionReceived",
      params: { trackingNumber: application.trackingNumber ?? "", serviceName: { id: application.service.nameId, en: application.service.nameEn } },
      link: `/permohonan/${application.id}`,
      email: true,
    });
    const sealed = sealAnswers(application.formDefinition, readiness.answers);
    // Old and new values of what the officer asked to fix, for the officer's case page.
    const changes =
      correction?.before &&
      correctionChanges({
        fields: correction.fields,
        openBefore: openAnswers(application.formDefinition, correction.before.answers),
        openAfter: readiness.answers,
        before: correction.before,
        after: snapshotOf(
          correction.fields,
          sealed,
          application.documents.flatMap((document) => (document.fieldKey ? [{ ...document, fieldKey: document.fieldKey }] : [])),
        ),
      });
    return applyTransition(tx, {
      application,
      event: "resubmit",
      actor: { id: application.citizenId, role: "CITIZEN" },
      now,
      ip: context.ip,
      data: changes ? ({ changes } as Prisma.InputJsonObject) : undefined,
      changes: {
        dueAt,
        pauseStartedAt: null,
        pausedMs: { increment: BigInt(Math.max(0, pausedFor)) },
        answers: sealed as Prisma.InputJsonObject,
      },
    });
  });
  if (!outcome) return { id: applicationId, alreadyResubmitted: true };
  await announceApplicationChange({ applicationId, agencyId: preview.agencyId, status: outcome.status, eventId: outcome.eventId });
  return { id: applicationId, alreadyResubmitted: false };
}
