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
import { endProviderSessionsOf } from "../user-sessions";

const logoutSchema = z.object({ slug: z.string().min(1).max(60), logoutToken: z.string().min(1).max(8_000) });

/**
 * An identity provider's back-channel logout (OpenID Connect Back-Channel Logout 1.0): the person signed
 * out at the provider, or the provider ended their account, and it tells the portal so. Every portal
 * session opened through that provider for the account its subject is linked to ends at once, instead of
 * at the next check (recheckOidcSession). The signed logout token is the only credential: a token that is
 * not the provider's, not for this client, too old or not a logout token is refused. A subject the portal
 * does not know, or whose sessions already ended, ends nothing and is still answered as done, as the
 * specification asks. So does a token delivered before (its jti is kept a day, past its five minutes of
 * validity): a provider's retry is answered as done, and a captured token replayed within those minutes
 * cannot end a session opened since.
 */
export async function endProviderSessions(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ sessionsEnded: number }> {
  authorize(actor, "account.providerLogout");
  const { slug, logoutToken } = parseOrThrow(logoutSchema, input);
  const provider = await db.oidcProvider.findUnique({ where: { slug } });
  if (!provider) throw new AppError("NOT_FOUND", "error.notFound");
  const verified = await verifyLogoutToken(await providerConfiguration(provider), logoutToken);
  if (!verified) throw new AppError("INVALID", "oidc.error.logoutToken");
  const { subject, tokenId } = verified;
  return db.$transaction(async (tx) => {
    // Claimed in the same transaction as its effect: a delivery that fails part-way leaves the token unseen, so the retry works.
    const { count: firstDelivery } = await tx.oidcLogoutTokenSeen.createMany({ data: [{ providerId: provider.id, jti: tokenId }], skipDuplicates: true });
    if (firstDelivery === 0) return { sessionsEnded: 0 };
    const link = await tx.oidcLink.findUnique({ where: { providerId_subject: { providerId: provider.id, subject } }, select: { userId: true } });
    if (!link) return { sessionsEnded: 0 };
    const { length: count } = await endProviderSessionsOf(tx, link.userId, [provider.id]);
    if (count === 0) return { sessionsEnded: 0 };
    await recordAudit(tx, {
      actorId: null,
      actorRole: null,
      action: "account.oidcProviderLogout",
      entityType: "User",
      entityId: link.userId,
      ip: context.ip,
      data: { providerId: provider.id, sessionsEnded: count },
    });
    return { sessionsEnded: count };
  });
}
