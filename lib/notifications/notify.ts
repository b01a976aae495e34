import "server-only";
import { randomUUID } from "node:crypto";
import type { OneTimeLink } from "@/lib/auth/account-tokens";
import type { Tx } from "@/lib/platform/db";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { jobInsert } from "@/lib/platform/jobs";
import { emailBodyKey, type EmailNotificationKey, type NotificationParams } from "./render";
import { sqlJson, sqlUtc } from "@/lib/platform/sql-values";

export const EMAIL_QUEUE = "email.send";

export type NotifyInput = {
  userId: string;
  /** Dates go in as momentParam(…) and two-language names as { id, en }, so each reader gets their own language. */
  params?: NotificationParams;
  /**
   * A path in the portal (e.g. `/permohonan/<id>`); emails make it absolute with PUBLIC_URL.
   * A one-time link is never stored: the notice keeps only its id (no link in the
   * app) and the email fills the link in when it is sent (lib/notifications/email.ts).
   */
  link?: string | OneTimeLink | null;
} & ({ messageKey: EmailNotificationKey; email?: boolean } | { messageKey: MessageKey; email?: false });

/**
 * Writes an in-app notification in the caller's transaction and, when asked,
 * enqueues its email there too: both exist iff the state change committed.
 * The email is rendered later, in the recipient's language (lib/notifications/email.ts).
 */
export async function notify(tx: Tx, notice: NotifyInput): Promise<{ id: string }> {
  const input = withOneTimeLinkId(notice);
  if (!input.email) {
    return tx.notification.create({
      data: { userId: input.userId, messageKey: input.messageKey, params: input.params ?? {}, link: input.link },
      select: { id: true },
    });
  }
  if (!emailBodyKey(input.messageKey)) {
    throw new Error(`notification ${input.messageKey} has no ${input.messageKey}.email text`);
  }
  // Both rows in one statement: a state change that notifies (a submission, a decision) often
  // holds a contended lock (the agency's audit chain) until it commits: fewer round trips under it.
  const id = randomUUID();
  const now = new Date();
  await tx.$executeRaw`
    WITH "notification" AS (
      INSERT INTO "Notification" ("id", "userId", "messageKey", "params", "link", "createdAt")
      VALUES (${id}, ${input.userId}, ${input.messageKey}, ${sqlJson(input.params ?? {})}, ${input.link},
              ${sqlUtc(now)})
    )
    ${jobInsert(EMAIL_QUEUE, { notificationId: id }, { dedupeKey: emailJobKey(id), now })}`;
  return { id };
}

function withOneTimeLinkId(input: NotifyInput) {
  const { link } = input;
  if (link && typeof link === "object") return { ...input, params: { ...input.params, oneTimeLinkId: link.oneTimeLinkId }, link: null };
  return { ...input, link: link ?? null };
}

/** One email per notification, however often its job is enqueued. */
const emailJobKey = (notificationId: string) => `${EMAIL_QUEUE}:notification:${notificationId}`;
