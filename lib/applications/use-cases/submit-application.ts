import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit";
import { updateProfileValues } from "@/lib/identity/profile-values";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { db, type Tx } from "@/lib/platform/db";
import { nextSerial } from "@/lib/platform/serials";
import { AppError } from "@/lib/platform/errors";
import { loadRecentWorkCalendar } from "@/lib/sla/agency-calendar";
import { localDateOf } from "@/lib/sla/calendar";
import { dueMoment } from "@/lib/sla/clock";
import { sealAnswers } from "../answer-vault";
import { profileWriteBacks } from "../profile-write-back";
import { loadLockedCitizenCase, type CitizenCase } from "../data";
import { checkReadiness, notReadyError } from "../readiness";
import { usableWalletFieldKeys } from "@/lib/applications/wallet-reference";
import { announceApplicationChange } from "../side-effects";
import { formatTrackingNumber } from "../tracking";
import { hashTrackingSecret, trackingSecretFor } from "../tracking-secret";
import { applyTransition } from "../transition";
import { isDraft } from "../workflow";
import { billsAt } from "@/lib/payments/fee-rule";
import { issueBill } from "@/lib/payments/bills";
import { notifyBillIssued } from "../bill-notice";

const submitOptionsSchema = z.object({
  /** Profile fields the citizen chose to update with what they typed in this form. */
  updateProfile: z.array(z.string()).max(20).default([]),
});

export type SubmitResult = { id: string; trackingNumber: string; alreadySubmitted: boolean };

/**
 * Submits a draft. Idempotent: the draft was opened with a submission key, and
 * submitting it again (a double click, a retry, a refresh after POST) returns
 * the same tracking number instead of a second application.
 */
export async function submitApplication(
  actor: Actor,
  applicationId: string,
  options: unknown,
  context: { ip: string | null; now?: Date },
): Promise<SubmitResult> {
  const { updateProfile } = submitOptionsSchema.parse(options ?? {});
  const now = context.now ?? new Date();

  const outcome = await db.$transaction(async (tx) => {
    // Under the row lock: a second submit waits here and then finds it submitted;
    // a draft save or an upload cannot change what the readiness check saw.
    const application = await loadLockedCitizenCase(tx, actor, applicationId);
    if (!isDraft(application.status)) return { kind: "already" as const, application };
    const calendar = await loadRecentWorkCalendar(tx, application.agency, { around: now });
    const readiness = checkReadiness(
      application.formDefinition,
      application.answers,
      [...application.documents.flatMap((document) => (document.fieldKey ? [document.fieldKey] : [])), ...(await usableWalletFieldKeys(tx, application, now))],
      localDateOf(calendar, now),
      calendar.nonWorkingDates,
    );
    if (!readiness.ready) throw notReadyError(readiness.issues);
    const dueAt = dueMoment(calendar, now, application.standardVersion.slaWorkingDays);
    const sealedAnswers = sealAnswers(application.formDefinition, readiness.answers) as Prisma.InputJsonObject;
    await copyAnswersToProfile(tx, application, readiness.answers, updateProfile);
    // From the audit entry on (in applyTransition, the last write) this transaction holds the agency's
    // audit chain: every other audited write of the agency waits for the commit. The tracking number
    // comes from a sequence, which holds nothing (lib/platform/serials.ts).
    const year = Number(localDateOf(calendar, now).slice(0, 4));
    const trackingNumber = formatTrackingNumber(application.agency.code, year, await nextSerial(tx, application.agencyId, year));
    await notify(tx, {
      userId: application.citizenId,
      messageKey: "notification.applicationSubmitted",
      params: {
        trackingNumber,
        serviceName: { id: application.service.nameId, en: application.service.nameEn },
        dueDate: momentParam(dueAt, calendar.timeZone),
      },
      link: `/permohonan/${application.id}`,
      email: true,
    });
    // A fee billed at submission (a fixed PNBP): the case waits for the payment, its clock paused from the start.
    const billRule = billsAt(application.standardVersion.feeRule, "submission");
    const bill = billRule && (await issueBill(tx, { application, rule: billRule, answers: readiness.answers, now }));
    if (bill) await notifyBillIssued(tx, { ...application, trackingNumber }, bill, calendar.timeZone);
    const moved = await applyTransition(tx, {
      application,
      event: bill ? "submitForPayment" : "submit",
      actor: { id: application.citizenId, role: "CITIZEN" },
      now,
      ip: context.ip,
      data: bill ? { billCode: bill.code, amount: bill.amount } : undefined,
      changes: {
        pauseStartedAt: bill ? now : undefined,
        submittedAt: now,
        dueAt,
        answers: sealedAnswers,
        trackingNumber,
        trackingSecretHash: hashTrackingSecret(trackingNumber, trackingSecretFor(application.id)),
      },
    });
    return { kind: "submitted" as const, trackingNumber, agencyId: application.agencyId, status: moved.status, eventId: moved.eventId };
  });
  if (outcome.kind === "already") return alreadySubmitted(outcome.application);
  await announceApplicationChange({ applicationId, agencyId: outcome.agencyId, status: outcome.status, eventId: outcome.eventId });
  return { id: applicationId, trackingNumber: outcome.trackingNumber, alreadySubmitted: false };
}

function alreadySubmitted(application: { id: string; trackingNumber: string | null }): SubmitResult {
  if (!application.trackingNumber) throw new AppError("CONFLICT", "application.notAllowedNow");
  return { id: application.id, trackingNumber: application.trackingNumber, alreadySubmitted: true };
}

async function copyAnswersToProfile(tx: Tx, application: CitizenCase, answers: Record<string, unknown>, chosenBindings: readonly string[]) {
  if (chosenBindings.length === 0) return;
  const changes = Object.fromEntries(
    (await profileWriteBacks(tx, application.citizenId, application.formDefinition, answers))
      .filter((update) => chosenBindings.includes(update.binding))
      .map((update) => [update.binding, update.value]),
  );
  if (Object.keys(changes).length === 0) return;
  await updateProfileValues(tx, application.citizenId, changes);
  await recordAudit(tx, {
    agencyId: application.agencyId,
    actorId: application.citizenId,
    actorRole: application.actingRole,
    action: "profile.updatedFromApplication",
    entityType: "User",
    entityId: application.citizenId,
    data: { applicationId: application.id, fields: Object.keys(changes) },
  });
}
