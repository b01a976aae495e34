import "server-only";
import { ownAccountRole } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { clearRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { consumeAccountToken } from "@/lib/auth/account-tokens";
import { hashPassword } from "../password-hash";
import { checkPasswordStrength } from "../password-rules";
import { endAllUserSessions } from "../user-sessions";
import { signInAccountKey } from "./authenticate-user";
import { setPasswordSchema } from "./set-password-from-link";

/**
 * The owner followed the emailed recovery link and chose a new password. The
 * link works once and for an hour. Following it proves the address, so it
 * also confirms the email and lifts a sign-in lock (as the unlock link does);
 * every session of the account ends, wherever it was opened, and the owner is
 * told by email that the password was changed.
 */
export async function recoverPassword(input: unknown, context: { ip: string | null }): Promise<{ email: string }> {
  const data = parseOrThrow(setPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, data.token, "recoverPassword");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, roles: true, active: true, erasedAt: true, emailConfirmedAt: true },
    });
    // Thrown inside the transaction, so a weak password does not use the link up.
    const problem = checkPasswordStrength(data.password, { email: user.email, name: user.name });
    if (problem) throw new AppError("INVALID", "error.invalidInput", { password: [`validation.password.${problem}`] });
    if (!user.active || user.erasedAt) throw new AppError("INVALID", "accountLink.invalid");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? new Date(), lockedAt: null, sessionVersion: { increment: 1 } },
    });
    await endAllUserSessions(tx, userId);
    await clearRateLimit(tx, signInAccountKey(user.email));
    await notify(tx, { userId, messageKey: "recovery.done", link: "/masuk", email: true });
    await recordAudit(tx, {
      actorId: userId,
      actorRole: ownAccountRole(user.roles),
      action: "account.passwordRecovered",
      entityType: "User",
      entityId: userId,
      ip: context.ip,
    });
    return { email: user.email };
  });
}
