import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

const PAGE = 50;

/**
 * The email outbox, newest first: with no SMTP server configured this is
 * where every email waits, so admins can read what citizens were told.
 */
export async function listOutboxEmails(actor: Actor, before?: string | null) {
  authorize(actor, "admin.manage");
  const cursor = before ? await db.emailOutbox.findUnique({ where: { id: before }, select: { createdAt: true, id: true } }) : null;
  const rows = await db.emailOutbox.findMany({
    where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: { id: true, to: true, subject: true, text: true, sentAt: true, createdAt: true },
  });
  return { rows: rows.slice(0, PAGE), next: rows.length > PAGE ? rows[PAGE - 1]!.id : null };
}
