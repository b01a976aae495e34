import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";

/**
 * "Where am I signed in": ends one of the caller's own sessions (another
 * browser at once, on its next request), or all of them with `"all"` ("sign
 * out everywhere", this browser included). Another account's session id ends
 * nothing. Audited when something ended.
 */
export async function endOwnSessions(actor: Actor, input: { sessionId: unknown }, context: { ip: string | null }): Promise<{ ended: number }> {
  const who = authorizeSignedIn(actor, "account.secureOwn");
  const everywhere = input.sessionId === "all";
  if (!everywhere && (typeof input.sessionId !== "string" || input.sessionId.length > 64)) return { ended: 0 };
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { userId: who.actorId, ...(everywhere ? {} : { id: input.sessionId as string }) } });
    if (count > 0) {
      await recordAudit(tx, {
        ...who,
        action: everywhere ? "account.signedOutEverywhere" : "account.sessionEnded",
        entityType: "User",
        entityId: who.actorId,
        ip: context.ip,
        data: { count },
      });
    }
    return { ended: count };
  });
}
