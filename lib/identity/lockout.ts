import "server-only";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { issueAccountToken } from "@/lib/auth/account-tokens";

/**
 * Locks an account after repeated failed sign-ins and emails its owner a link
 * that unlocks it at once (lib/identity/use-cases/unlock-account.ts).
 *
 * What refuses sign-in is the per-account failure counter (authenticate-user.ts),
 * which works the same for emails with no account; `lockedAt` records the
 * lock for the owner's link and for audit, so the lock itself reveals nothing.
 */
export async function lockAccount(userId: string, context: { ip: string | null; windowMs: number }): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    // A lock older than the window has lapsed (the owner never used the link): lock afresh.
    const locked = await tx.user.updateMany({
      where: { id: userId, OR: [{ lockedAt: null }, { lockedAt: { lt: new Date(now.getTime() - context.windowMs) } }] },
      data: { lockedAt: now },
    });
    // Already locked (a parallel failure got here first): one email per lock.
    if (locked.count === 0) return;
    const link = await issueAccountToken(tx, userId, "unlock");
    await notify(tx, { userId, messageKey: "accountSecurity.locked", link, email: true });
    await recordAudit(tx, { action: "account.locked", entityType: "User", entityId: userId, ip: context.ip });
  });
}
