import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { enforceRateLimits } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { blindIndex } from "../nik-vault";
import { COUNTER_RECOVERY_PER_OFFICER, counterFactorResetSchema } from "../recovery-rules";
import { removeAllFactors } from "../second-factor/store";
import { endAllUserSessions } from "../user-sessions";

/**
 * A citizen who lost their phone, passkeys and recovery codes comes to a
 * counter: the officer checks the original KTP-el in person, types its NIK and
 * birth date, and confirms that the NIK on the card matches (recorded in the
 * audit entry). The account's factors and recovery codes go, every session
 * ends, and the citizen is told in the app and by email; the next sign-in is
 * by password, and the citizen may enrol again. Never by email alone.
 *
 * Who may: an officer serving an agency's counter (the same people who recover
 * a password at the counter, `account.resetSecondFactorAtCounter`). Only
 * citizen accounts: a staff member's factor is reset by an admin of their
 * agency (resetSecondFactor), never across a counter.
 */
export async function resetCitizenFactorAtCounter(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ reset: boolean }> {
  const actorRole = authorize(actor, "account.resetSecondFactorAtCounter");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const data = parseOrThrow(counterFactorResetSchema, input);
  await enforceRateLimits(db, [{ key: `second-factor:counter:${actor.id}`, rule: COUNTER_RECOVERY_PER_OFFICER }]);
  return db.$transaction(async (tx) => {
    const citizen = await tx.user.findFirst({
      where: { profile: { nikBlindIndex: blindIndex(data.nik), birthDate: new Date(`${data.birthDate}T00:00:00Z`) }, erasedAt: null },
      select: { id: true, name: true, roles: true, active: true },
    });
    if (!citizen || !citizen.active || citizen.roles.some((role) => role !== "CITIZEN")) {
      throw new AppError("INVALID", "error.invalidInput", { nik: ["recovery.counter.error.noAccount"] });
    }
    // A repeated submit finds nothing left to remove: nothing is written twice.
    if (!(await removeAllFactors(tx, citizen.id))) return { reset: false };
    await endAllUserSessions(tx, citizen.id);
    await notify(tx, { userId: citizen.id, messageKey: "factors.counterReset", params: { name: citizen.name }, link: "/akun/keamanan", email: true });
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole,
      action: "account.secondFactorResetAtCounter",
      entityType: "User",
      entityId: citizen.id,
      ip: context.ip,
      data: { identityDocument: "KTP-el", nikMatched: true, agencies: actor.memberships.map((m) => m.agencyId) },
    });
    return { reset: true };
  });
}
