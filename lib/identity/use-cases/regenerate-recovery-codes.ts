import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { withProvenFactor } from "../second-factor/proof";
import { hasSecondFactor, replaceRecoveryCodes } from "../second-factor/store";

/**
 * New recovery codes for one's own account, after proving a factor (an
 * authenticator code or a passkey; not a recovery code): the old codes, used
 * or not, stop working in the same transaction. The ten new ones are returned
 * once, in plain text. Audited.
 */
export async function regenerateRecoveryCodes(actor: Actor, input: unknown, context: { ip: string | null; now?: Date }): Promise<{ recoveryCodes: string[] }> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  if (!(await hasSecondFactor(db, who.actorId))) throw new AppError("CONFLICT", "factors.error.noFactor");
  const now = context.now ?? new Date();
  const audit = { ...who, entityType: "User" as const, entityId: who.actorId, ip: context.ip };
  return withProvenFactor(who.actorId, input, audit, now, { allowRecoveryCode: false }, async (tx, proof) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, who.actorId, now);
    await recordAudit(tx, { ...audit, action: "account.recoveryCodesRegenerated", data: { provenWith: proof.kind } });
    return { recoveryCodes };
  });
}
