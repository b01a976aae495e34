import "server-only";
import { ownAccountRole } from "@/lib/auth/policy";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { consumeAccountToken } from "@/lib/auth/account-tokens";
import { hashPassword } from "../password-hash";
import { checkPasswordStrength } from "../password-rules";

export const setPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    passwordConfirm: z.string().min(1, "validation.required"),
  })
  .refine((input) => input.password === input.passwordConfirm, { path: ["passwordConfirm"], message: "validation.password.mismatch" });

/**
 * An invited staff member chooses their password through the emailed link.
 * The link works once; choosing the password also confirms the email address
 * and ends any other session (there should be none).
 */
export async function setPasswordFromLink(input: unknown, context: { ip: string | null }): Promise<{ email: string }> {
  const data = parseOrThrow(setPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, data.token, "setPassword");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, roles: true, active: true } });
    const problem = checkPasswordStrength(data.password, { email: user.email, name: user.name });
    // Thrown inside the transaction, so the link is not used up by a weak password.
    if (problem) throw new AppError("INVALID", "error.invalidInput", { password: [`validation.password.${problem}`] });
    if (!user.active) throw new AppError("INVALID", "accountLink.invalid");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, emailConfirmedAt: new Date(), lockedAt: null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: userId,
      actorRole: ownAccountRole(user.roles),
      action: "account.passwordSetFromLink",
      entityType: "User",
      entityId: userId,
      ip: context.ip,
    });
    return { email: user.email };
  });
}
