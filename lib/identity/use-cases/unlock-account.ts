import "server-only";
import { ownAccountRole } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { clearRateLimit } from "@/lib/platform/rate-limit";
import { consumeAccountToken } from "@/lib/auth/account-tokens";
import { signInAccountKey } from "./authenticate-user";

/** The owner followed the emailed unlock link: the account's failure count is forgotten and sign-in works again. */
export async function unlockAccount(input: { token: unknown }, context: { ip: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, input.token, "unlock");
    const user = await tx.user.update({ where: { id: userId }, data: { lockedAt: null }, select: { email: true, roles: true } });
    await clearRateLimit(tx, signInAccountKey(user.email));
    await recordAudit(tx, {
      actorId: userId,
      actorRole: ownAccountRole(user.roles),
      action: "account.unlocked",
      entityType: "User",
      entityId: userId,
      ip: context.ip,
    });
  });
}
