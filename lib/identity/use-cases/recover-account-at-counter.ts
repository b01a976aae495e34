import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { issueAccountToken } from "@/lib/auth/account-tokens";
import { blindIndex } from "../nik-vault";
import { COUNTER_RECOVERY_PER_OFFICER, counterRecoveryKey, counterRecoverySchema } from "../recovery-rules";
import { endAllUserSessions } from "../user-sessions";

/** A counter request repeated this soon (a double submit, a reload) changes nothing again. */
const REPEAT_WINDOW_MS = 2 * 60_000;

/**
 * For a citizen who lost both the password and the email: at an agency's
 * counter an officer checks the original KTP-el in person, types its NIK and
 * birth date, and the address the citizen now uses. The account's email
 * becomes that address (unconfirmed), every session ends, and a one-time
 * recovery link goes to the new address; until the citizen follows it and
 * chooses a password, nobody can sign in. Audited with the officer's name.
 *
 * Only citizen accounts: a staff account is never recovered across the
 * counter (an officer could otherwise take over an admin's account).
 */
export async function recoverAccountAtCounter(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ userId: string }> {
  const actorRole = authorize(actor, "account.recoverAtCounter");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const data = parseOrThrow(counterRecoverySchema, input);
  await enforceRateLimits(db, [{ key: counterRecoveryKey(actor.id), rule: COUNTER_RECOVERY_PER_OFFICER }]);
  return db.$transaction(async (tx) => {
    const citizen = await tx.user.findFirst({
      where: { profile: { nikBlindIndex: blindIndex(data.nik), birthDate: new Date(`${data.birthDate}T00:00:00Z`) }, erasedAt: null },
      select: { id: true, name: true, email: true, roles: true, active: true, emailConfirmedAt: true },
    });
    const notFound = new AppError("INVALID", "error.invalidInput", { nik: ["recovery.counter.error.noAccount"] });
    if (!citizen || !citizen.active || citizen.roles.some((role) => role !== "CITIZEN")) throw notFound;
    const taken = await tx.user.findFirst({ where: { email: data.email, id: { not: citizen.id } }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "error.invalidInput", { email: ["recovery.counter.error.emailTaken"] });

    const recent = await tx.accountToken.findFirst({
      where: { userId: citizen.id, purpose: "recoverPassword", usedAt: null, createdAt: { gt: new Date(Date.now() - REPEAT_WINDOW_MS) } },
      select: { id: true },
    });
    if (recent && citizen.email === data.email && !citizen.emailConfirmedAt) return { userId: citizen.id };

    await tx.user.update({ where: { id: citizen.id }, data: { email: data.email, emailConfirmedAt: null, sessionVersion: { increment: 1 } } });
    await endAllUserSessions(tx, citizen.id);
    const link = await issueAccountToken(tx, citizen.id, "recoverPassword");
    await notify(tx, { userId: citizen.id, messageKey: "recovery.counterEmail", params: { name: citizen.name }, link, email: true });
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole,
      action: "account.recoveredAtCounter",
      entityType: "User",
      entityId: citizen.id,
      ip: context.ip,
      data: { emailChanged: citizen.email !== data.email, agencies: actor.memberships.map((m) => m.agencyId) },
    });
    return { userId: citizen.id };
  });
}
