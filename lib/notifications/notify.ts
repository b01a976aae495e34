import "server-only";
import type { Tx } from "@/lib/platform/db";
import type { MessageKey, MessageParams } from "@/lib/platform/i18n/messages";
import { enqueueJob } from "@/lib/platform/jobs";
import { emailBodyKey, type EmailNotificationKey } from "./render";

export const EMAIL_QUEUE = "email.send";

export type NotifyInput = {
  userId: string;
  params?: MessageParams;
  /** A path in the portal (e.g. `/permohonan/<id>`); emails make it absolute with PUBLIC_URL. */
  link?: string | null;
} & ({ messageKey: EmailNotificationKey; email?: boolean } | { messageKey: MessageKey; email?: false });

/**
 * Writes an in-app notification in the caller's transaction and, when asked,
 * enqueues its email there too: both exist iff the state change committed.
 * The email is rendered later, in the recipient's language (lib/notifications/email.ts).
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ id: string }> {
  if (input.email && !emailBodyKey(input.messageKey)) {
    throw new Error(`notification ${input.messageKey} has no ${input.messageKey}.email text`);
  }
  const notification = await tx.notification.create({
    data: { userId: input.userId, messageKey: input.messageKey, params: input.params ?? {}, link: input.link ?? null },
    select: { id: true },
  });
  if (input.email) {
    await enqueueJob(tx, EMAIL_QUEUE, { notificationId: notification.id }, {
      dedupeKey: `${EMAIL_QUEUE}:notification:${notification.id}`,
    });
  }
  return notification;
}
