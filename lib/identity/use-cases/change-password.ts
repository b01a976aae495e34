import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { hashPassword } from "../password-hash";
import { currentPasswordMatches } from "../password-reentry";
import { checkPasswordStrength } from "../password-rules";

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    passwordConfirm: z.string().min(1, "validation.required"),
  })
  .refine((input) => input.password === input.passwordConfirm, { path: ["passwordConfirm"], message: "validation.password.mismatch" });

/**
 * A signed-in user changes their password. The session version goes up, so
 * every other session (another browser, a stolen cookie) ends at once; the
 * caller signs the current browser in again with the new password.
 */
export async function changePassword(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ email: string }> {
  const actorRole = authorize(actor, "account.view");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const data = parseOrThrow(changePasswordSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, name: true, passwordHash: true, roles: true } });
  if (!(await currentPasswordMatches(actor.id, user.passwordHash, data.currentPassword))) {
    throw new AppError("INVALID", "error.invalidInput", { currentPassword: ["accountSecurity.error.currentPasswordWrong"] });
  }
  const problem = checkPasswordStrength(data.password, { email: user.email, name: user.name });
  if (problem) throw new AppError("INVALID", "error.invalidInput", { password: [`validation.password.${problem}`] });
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, actorRole, action: "account.passwordChanged", entityType: "User", entityId: actor.id, ip: context.ip });
  });
  return { email: user.email };
}
