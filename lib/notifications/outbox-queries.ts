import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { oneTimeLinkUrl } from "@/lib/auth/account-tokens";
import { ONE_TIME_LINK_PLACEHOLDER } from "./one-time-links";

const PAGE = 50;

export type OutboxLinkSettings = {
  /** With SMTP, emails leave by mail: a one-time link is never shown here. */
  smtpConfigured: boolean;
  publicUrl: string;
  /** What stands in for a link that is withheld, or no longer works. */
  withheld: string;
  stale: string;
};

/**
 * The email outbox, newest first: with no SMTP server configured this is
 * where every email waits, so admins can read what citizens were told and
 * pass on what they must receive. A one-time link is shown only then, only on
 * an unsent email and only while it still works, and each showing is audited;
 * with SMTP it is never shown (see ./one-time-links.ts).
 */
export async function listOutboxEmails(actor: Actor, before: string | null | undefined, links: OutboxLinkSettings) {
  const actorRole = authorize(actor, "admin.manage");
  const cursor = before ? await db.emailOutbox.findUnique({ where: { id: before }, select: { createdAt: true, id: true } }) : null;
  const rows = await db.emailOutbox.findMany({
    where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: { id: true, to: true, subject: true, text: true, oneTimeLinkId: true, sentAt: true, createdAt: true },
  });
  const page = await Promise.all(
    rows.slice(0, PAGE).map(async ({ oneTimeLinkId, ...row }) => {
      if (!oneTimeLinkId) return { ...row, linkShown: false };
      if (links.smtpConfigured || row.sentAt) return { ...row, text: row.text.replaceAll(ONE_TIME_LINK_PLACEHOLDER, links.withheld), linkShown: false };
      const path = await oneTimeLinkUrl(db, oneTimeLinkId);
      const link = path ? new URL(path, links.publicUrl).toString() : links.stale;
      return { ...row, text: row.text.replaceAll(ONE_TIME_LINK_PLACEHOLDER, link), linkShown: path !== null };
    }),
  );
  const shown = page.filter((row) => row.linkShown);
  if (shown.length > 0 && actor.kind === "user") {
    await db.$transaction(async (tx) => {
      for (const row of shown) {
        await recordAudit(tx, {
          actorId: actor.id,
          actorRole,
          action: "email.oneTimeLinkShown",
          entityType: "EmailOutbox",
          entityId: row.id,
          data: { to: row.to },
        });
      }
    });
  }
  return { rows: page, next: rows.length > PAGE ? rows[PAGE - 1]!.id : null };
}
