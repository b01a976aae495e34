import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { providerConfiguration } from "../oidc/client";
import { verifyLogoutToken } from "../oidc/logout-token";
import { endProviderSessionsBySid, endProviderSessionsOf } from "../user-sessions";

const logoutSchema = z.object({ slug: z.string().min(1).max(60), logoutToken: z.string().min(1).max(8_000) });

/**
 * An identity provider's back-channel logout (OpenID Connect Back-Channel Logout 1.0): the person signed
 * out at the provider, or the provider ended their account, and it tells the portal so. The portal sessions
 * opened through that provider end at once, instead of at the next check (recheckOidcSession): those of the
 * account its subject is linked to, or, when the token names the provider's session (`sid`), only those
 * opened under it. The signed logout token is the only credential: a token that is not the provider's, not
 * for this client, too old or not a logout token is refused. A subject the portal does not know, or whose
 * sessions already ended, ends nothing and is still answered as done, as the specification asks. So does a
 * token delivered before (its jti is kept a day, past its five minutes of validity): a provider's retry is
 * answered as done, and a captured token replayed within those minutes cannot end a session opened since.
 */
export async function endProviderSessions(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ sessionsEnded: number }> {
  authorize(actor, "account.providerLogout");
  const { slug, logoutToken } = parseOrThrow(logoutSchema, input);
  const provider = await db.oidcProvider.findUnique({ where: { slug } });
  if (!provider) throw new AppError("NOT_FOUND", "error.notFound");
  const verified = await verifyLogoutToken(await providerConfiguration(provider), logoutToken);
  if (!verified) throw new AppError("INVALID", "oidc.error.logoutToken");
  const { sid, tokenId } = verified;
  return db.$transaction(async (tx) => {
    // Claimed in the same transaction as its effect: a delivery that fails part-way leaves the token unseen, so the retry works.
    const { count: firstDelivery } = await tx.oidcLogoutTokenSeen.createMany({ data: [{ providerId: provider.id, jti: tokenId }], skipDuplicates: true });
    if (firstDelivery === 0) return { sessionsEnded: 0 };
    let ended: { id: string; userId: string }[];
    if (verified.subject !== null) {
      const link = await tx.oidcLink.findUnique({
        where: { providerId_subject: { providerId: provider.id, subject: verified.subject } },
        select: { userId: true },
      });
      ended = link ? (await endProviderSessionsOf(tx, link.userId, [provider.id], sid)).map((id) => ({ id, userId: link.userId })) : [];
    } else {
      ended = await endProviderSessionsBySid(tx, provider.id, verified.sid);
    }
    for (const [userId, count] of countBy(ended.map((session) => session.userId))) {
      await recordAudit(tx, {
        actorId: null,
        actorRole: null,
        action: "account.oidcProviderLogout",
        entityType: "User",
        entityId: userId,
        ip: context.ip,
        data: { providerId: provider.id, sessionsEnded: count, ...(sid ? { providerSession: true } : {}) },
      });
    }
    return { sessionsEnded: ended.length };
  });
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
