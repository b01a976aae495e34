import "server-only";
import { notify } from "@/lib/notifications/notify";
import { momentParam } from "@/lib/notifications/render";
import { db } from "@/lib/platform/db";
import { enqueueJob, registerJobHandler, registerRecurringJob } from "@/lib/platform/jobs";
import { EXPIRY_REMINDER_DAYS, expiryOf, validityMonthsOf } from "./validity";

export const EXPIRY_SWEEP_QUEUE = "wallet.expiry-sweep";
export const EXPIRY_REMINDER_QUEUE = "wallet.expiry-reminder";
const SWEEP_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

/**
 * Finds issued, unrevoked documents that expire within EXPIRY_REMINDER_DAYS
 * and queues one reminder each: the job's dedupe key (one per document) keeps
 * it to one reminder however often the sweep runs, on however many instances.
 * Only documents whose standard declares a validity period are considered.
 */
export async function sweepExpiringDocuments(now = new Date()): Promise<number> {
  const candidates = await db.outputDocument.findMany({
    where: {
      revokedAt: null,
      // A validity period is at most 240 months: older documents have expired long ago and need no reminder.
      issuedAt: { gt: new Date(now.getTime() - 241 * 31 * DAY_MS) },
      application: { standardVersion: { standard: { path: ["outputValidityMonths"], not: "null" } } },
    },
    select: { id: true, issuedAt: true, application: { select: { standardVersion: { select: { standard: true } } } } },
    take: 5000,
  });
  let queued = 0;
  for (const candidate of candidates) {
    const expiresAt = expiryOf(candidate.issuedAt, validityMonthsOf(candidate.application.standardVersion.standard));
    if (!expiresAt || expiresAt <= now || expiresAt.getTime() - now.getTime() > EXPIRY_REMINDER_DAYS * DAY_MS) continue;
    const added = await db.$transaction((tx) =>
      enqueueJob(tx, EXPIRY_REMINDER_QUEUE, { outputId: candidate.id }, { dedupeKey: `${EXPIRY_REMINDER_QUEUE}:${candidate.id}` }),
    );
    if (added) queued++;
  }
  return queued;
}

/**
 * The reminder itself: in-app and email, linking the document's row in the
 * wallet, whose "Apply to renew" opens a renewal draft with the previous
 * answers and the profile (renewApplication). A link, not the action itself:
 * opening an email link must not write anything.
 */
export async function sendExpiryReminder(outputId: string): Promise<void> {
  const row = await db.outputDocument.findUnique({
    where: { id: outputId },
    select: {
      issuedAt: true,
      revokedAt: true,
      verificationCode: true,
      application: {
        select: {
          citizenId: true,
          service: { select: { slug: true, nameId: true, nameEn: true } },
          agency: { select: { timezone: true } },
          standardVersion: { select: { standard: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt) return;
  const expiresAt = expiryOf(row.issuedAt, validityMonthsOf(row.application.standardVersion.standard));
  if (!expiresAt) return;
  const { service, agency, citizenId } = row.application;
  await db.$transaction((tx) =>
    notify(tx, {
      userId: citizenId,
      messageKey: "notification.walletExpiring",
      email: true,
      params: { serviceName: { id: service.nameId, en: service.nameEn }, expiresAt: momentParam(expiresAt, agency.timezone), code: row.verificationCode },
      link: `/dokumen-saya#dokumen-${row.verificationCode}`,
    }),
  );
}

/** instrumentation.ts calls this before the worker starts. */
export function registerWalletJobs(): void {
  registerJobHandler(EXPIRY_SWEEP_QUEUE, async () => void (await sweepExpiringDocuments()), { maxAttempts: 1 });
  registerJobHandler(EXPIRY_REMINDER_QUEUE, async (payload) => sendExpiryReminder(String(payload.outputId)));
  registerRecurringJob(EXPIRY_SWEEP_QUEUE, SWEEP_EVERY_MS);
}
