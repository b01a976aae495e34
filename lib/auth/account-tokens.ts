import "server-only";
import { createHash, createHmac, hkdfSync, randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { sqlUtc } from "@/lib/platform/sql-values";

/** What a one-time link lets its holder do, and how long it lasts. */
export const TOKEN_PURPOSES = {
  setPassword: { ttlMs: 7 * 24 * 60 * 60_000, path: "/atur-sandi" },
  confirmEmail: { ttlMs: 3 * 24 * 60 * 60_000, path: "/konfirmasi-email" },
  unlock: { ttlMs: 24 * 60 * 60_000, path: "/buka-kunci" },
  recoverPassword: { ttlMs: 60 * 60_000, path: "/pulihkan-sandi" },
} as const;
export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

/**
 * A link that was issued, by the id of its AccountToken row: what notices and
 * emails carry instead of the link itself. Only `oneTimeLinkUrl` turns it back
 * into the working link, with a key the database does not hold.
 */
export type OneTimeLink = { oneTimeLinkId: string };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

let linkKey: { secret: string; key: Buffer } | undefined;

/**
 * The token of a link is an HMAC of its row id under a key derived from
 * AUTH_SECRET, so it is never stored: the database holds the id and the token's
 * SHA-256, neither of which yields the token. Whoever holds AUTH_SECRET can
 * already sign sessions for any account, so deriving from it exposes nothing new.
 */
function tokenFor(oneTimeLinkId: string): string {
  const { AUTH_SECRET } = env();
  if (linkKey?.secret !== AUTH_SECRET) {
    const key = Buffer.from(hkdfSync("sha256", AUTH_SECRET, "satupintu", "one-time-link", 32));
    linkKey = { secret: AUTH_SECRET, key };
  }
  return createHmac("sha256", linkKey.key).update(oneTimeLinkId).digest("base64url");
}

/**
 * Mints a link for one purpose; any earlier unused link of that purpose for the
 * same account stops working, so only the newest email counts.
 */
export async function issueAccountToken(tx: Tx, userId: string, purpose: TokenPurpose, now = new Date()): Promise<OneTimeLink> {
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const id = randomUUID();
  await tx.accountToken.create({
    data: { id, userId, purpose, tokenHash: hashToken(tokenFor(id)), expiresAt: new Date(now.getTime() + TOKEN_PURPOSES[purpose].ttlMs) },
  });
  return { oneTimeLinkId: id };
}

/**
 * The portal path with the token, for the email being sent (or shown to an
 * admin when no SMTP server delivers it); null once the link was used, replaced
 * or expired, or when its account is gone.
 */
export async function oneTimeLinkUrl(client: Db | Tx, oneTimeLinkId: string, now = new Date()): Promise<string | null> {
  const row = await client.accountToken.findUnique({ where: { id: oneTimeLinkId }, select: { purpose: true, usedAt: true, expiresAt: true } });
  if (!row || row.usedAt || row.expiresAt <= now || !(row.purpose in TOKEN_PURPOSES)) return null;
  return `${TOKEN_PURPOSES[row.purpose as TokenPurpose].path}?token=${tokenFor(oneTimeLinkId)}`;
}

/**
 * Uses a link once: the conditional update is the check, so two tabs (or a
 * double submit) cannot both use it. An unknown, used or expired link all give
 * the same answer. The notices that carried this purpose's links are marked
 * read: none of their links works any more.
 */
export async function consumeAccountToken(tx: Tx, token: unknown, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const invalid = new AppError("INVALID", "accountLink.invalid");
  if (typeof token !== "string" || token.length < 20 || token.length > 100) throw invalid;
  const tokenHash = hashToken(token);
  const claimed = await tx.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw invalid;
  const row = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  await tx.$executeRaw`
    UPDATE "Notification" SET "readAt" = ${sqlUtc(now)}
    WHERE "userId" = ${row.userId} AND "readAt" IS NULL
      AND "params"->>'oneTimeLinkId' IN (SELECT "id" FROM "AccountToken" WHERE "userId" = ${row.userId} AND "purpose" = ${purpose})`;
  return row.userId;
}
