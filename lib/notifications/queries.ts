import "server-only";
import { db } from "@/lib/platform/db";
import { DEFAULT_LOCALE, type Locale, type MessageParams } from "@/lib/platform/i18n/messages";
import { notificationParams } from "./render";

export type NotificationItem = {
  id: string;
  messageKey: string;
  params: MessageParams;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

const MAX_PAGE = 100;

/**
 * A user's notifications, newest first. `cursor` is the last id of the
 * previous page; a cursor that is not this user's starts from the top.
 * Callers pass the signed-in actor's id (reading them is "ownData.read").
 */
export async function listNotifications(
  userId: string,
  options: { limit?: number; cursor?: string | null; locale?: Locale } = {},
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(1, options.limit ?? 20), MAX_PAGE);
  const after = options.cursor ? await db.notification.findFirst({ where: { id: options.cursor, userId }, select: { id: true, createdAt: true } }) : null;
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(after && {
        OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, messageKey: true, params: true, link: true, readAt: true, createdAt: true },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({ ...row, params: notificationParams(row.params, options.locale ?? DEFAULT_LOCALE) })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
