import "server-only";
import { ownAccountRole } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { consumeAccountToken } from "@/lib/auth/account-tokens";

/** A new citizen followed the emailed confirmation link: the account can now sign in. */
export async function confirmEmail(input: { token: unknown }, context: { ip: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, input.token, "confirmEmail");
    const user = await tx.user.update({ where: { id: userId }, data: { emailConfirmedAt: new Date() }, select: { roles: true } });
    await recordAudit(tx, {
      actorId: userId,
      actorRole: ownAccountRole(user.roles),
      action: "account.emailConfirmed",
      entityType: "User",
      entityId: userId,
      ip: context.ip,
    });
  });
}
