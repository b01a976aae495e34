import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/platform/i18n/messages";
import { PermanentJobError, registerJobHandler, type JobContext, type JobHandler, type JsonObject } from "@/lib/platform/jobs";
import { brandText, loadPortalSettings } from "@/lib/platform/portal-settings";
import { EMAIL_QUEUE } from "./notify";
import { ONE_TIME_LINK_PLACEHOLDER, oneTimeLinkIdOf, withOneTimeLink } from "./one-time-links";
import { notificationParams, renderNotificationEmail } from "./render";

/**
 * The `email.send` job: renders a notification's email in the recipient's
 * language and sends it through SMTP_URL, or, without SMTP, leaves it in the
 * EmailOutbox table (sentAt null) for admins to read. A one-time link is
 * stored as a placeholder and filled in on sending (./one-time-links.ts).
 *
 * Idempotent: the EmailOutbox row is keyed by the job id and written before
 * sending, and a row with sentAt set is never sent again. A retry after a
 * failed send sends again; only a crash between the SMTP hand-off and marking
 * the row sent can deliver twice, which no SMTP client can rule out.
 */

export type EmailSettings = { smtpUrl?: string; from: string; publicUrl: string };

export function outboxIdForJob(jobId: string): string {
  return `job_${jobId}`;
}

/** The handler for given settings; the worker's comes from the environment (registerNotificationJobs). */
export function emailJobHandler(settings: EmailSettings): JobHandler {
  const { smtpUrl, from, publicUrl } = settings;
  let transporter: Transporter | undefined;

  return async (payload: JsonObject, context: JobContext) => {
    const { notificationId } = payload;
    if (typeof notificationId !== "string") throw new PermanentJobError("payload.notificationId is missing");
    const id = outboxIdForJob(context.jobId);

    let email = await db.emailOutbox.findUnique({ where: { id } });
    if (email && (email.sentAt || !smtpUrl)) return;
    if (!email) {
      const notification = await db.notification.findUnique({
        where: { id: notificationId },
        select: { messageKey: true, params: true, link: true, user: { select: { email: true, locale: true, active: true } } },
      });
      // Deleted with its user, or the account was closed: there is no one to write to.
      if (!notification || !notification.user.active) return;
      const locale = isLocale(notification.user.locale) ? notification.user.locale : DEFAULT_LOCALE;
      const params = notificationParams(notification.params, locale);
      const oneTimeLinkId = oneTimeLinkIdOf(params);
      const rendered = renderNotificationEmail(
        locale,
        { messageKey: notification.messageKey, params, link: notification.link },
        publicUrl,
        oneTimeLinkId ? ONE_TIME_LINK_PLACEHOLDER : undefined,
      );
      if (!rendered) throw new PermanentJobError(`no email text for ${notification.messageKey}`);
      // The email names the portal as its admin named it (issue 24).
      const { portalName } = await loadPortalSettings();
      const branded = { subject: brandText(rendered.subject, portalName), text: brandText(rendered.text, portalName) };
      await db.emailOutbox.createMany({ data: [{ id, to: notification.user.email, ...branded, oneTimeLinkId }], skipDuplicates: true });
      email = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      if (email.sentAt || !smtpUrl) return;
    }

    transporter ??= nodemailer.createTransport(smtpUrl);
    // A link used up or replaced before sending leads to the sign-in page instead.
    const text = await withOneTimeLink(db, email, publicUrl, new URL("/masuk", publicUrl).toString());
    await transporter.sendMail({ from, to: email.to, subject: email.subject, text });
    await db.emailOutbox.update({ where: { id }, data: { sentAt: new Date() } });
  };
}

/** Called by instrumentation.ts before the worker starts. */
export function registerNotificationJobs(): void {
  const { SMTP_URL, MAIL_FROM, PUBLIC_URL } = env();
  registerJobHandler(EMAIL_QUEUE, emailJobHandler({ smtpUrl: SMTP_URL, from: MAIL_FROM, publicUrl: PUBLIC_URL }));
}
