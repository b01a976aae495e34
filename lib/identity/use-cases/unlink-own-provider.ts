import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { currentPasswordMatches } from "../password-reentry";
import { endProviderSessionsOf } from "../user-sessions";

const unlinkSchema = z.object({
  provider: z.string().min(1).max(60),
  currentPassword: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong"),
});

export type UnlinkResult = { unlinked: boolean; endedThisSession: boolean };

/**
 * A citizen ends the link between their account and a citizen identity
 * provider, after re-entering the portal password: a stolen session cannot
 * do it, and nobody unlinks the only way they can sign in (an account the
 * provider created has no password of ours until "forgot password" sets one).
 * The provider no longer signs in to the account, the facts it verified are
 * no longer marked verified, and every session opened through it ends,
 * this one too. Staff providers are not the owner's to unlink: they link
 * again at the next sign-in by the verified email or NIP (an admin's NIP
 * correction unlinks them). Unlinking what is no longer linked changes and
 * records nothing.
 */
export async function unlinkOwnProvider(actor: Actor, input: unknown, context: { ip: string | null; sessionId?: string }): Promise<UnlinkResult> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  const { provider: slug, currentPassword } = parseOrThrow(unlinkSchema, input);
  const provider = await db.oidcProvider.findUnique({ where: { slug }, select: { id: true, audience: true } });
  if (!provider || provider.audience !== "CITIZENS") throw new AppError("NOT_FOUND", "error.notFound");
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: who.actorId }, select: { passwordHash: true } });
  if (!(await currentPasswordMatches(who.actorId, passwordHash, currentPassword))) {
    throw new AppError("INVALID", "error.invalidInput", { currentPassword: ["accountSecurity.error.currentPasswordWrong"] });
  }
  return db.$transaction(async (tx) => {
    const removed = await tx.oidcLink.deleteMany({ where: { userId: who.actorId, providerId: provider.id } });
    if (removed.count === 0) return { unlinked: false, endedThisSession: false };
    const sessions = await endProviderSessionsOf(tx, who.actorId, [provider.id]);
    await recordAudit(tx, {
      ...who,
      action: "account.oidcUnlinked",
      entityType: "User",
      entityId: who.actorId,
      ip: context.ip,
      data: { providerId: provider.id, sessionsEnded: sessions.length },
    });
    return { unlinked: true, endedThisSession: sessions.includes(context.sessionId ?? "") };
  });
}
