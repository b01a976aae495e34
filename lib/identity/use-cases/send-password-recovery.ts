import "server-only";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { issueAccountToken } from "@/lib/auth/account-tokens";

/**
 * The background half of requestPasswordRecovery: when the address belongs to
 * an account that can still be used, emails it a one-time recovery link (which
 * replaces any earlier one). An unknown, deactivated or erased account gets
 * nothing, and the person who asked is never told which it was.
 */
export async function sendPasswordRecovery(input: { email: string; ip: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, active: true, erasedAt: true } });
    if (!user || !user.active || user.erasedAt) return;
    const link = await issueAccountToken(tx, user.id, "recoverPassword");
    await notify(tx, { userId: user.id, messageKey: "recovery.email", params: { name: user.name }, link, email: true });
    await recordAudit(tx, { action: "account.recoveryRequested", entityType: "User", entityId: user.id, ip: input.ip });
  });
}
