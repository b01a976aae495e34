import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/** What a one-time link lets its holder do, and how long it lasts. */
export const TOKEN_PURPOSES = {
  setPassword: { ttlMs: 7 * 24 * 60 * 60_000, path: "/atur-sandi" },
  confirmEmail: { ttlMs: 3 * 24 * 60 * 60_000, path: "/konfirmasi-email" },
  unlock: { ttlMs: 24 * 60 * 60_000, path: "/buka-kunci" },
} as const;
export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Mints a link for one purpose; any earlier unused link of that purpose for the
 * same account stops working, so only the newest email counts. Returns the
 * portal path with the token (the only place the token exists in clear).
 */
export async function issueAccountToken(tx: Tx, userId: string, purpose: TokenPurpose, now = new Date()): Promise<string> {
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_PURPOSES[purpose].ttlMs) },
  });
  return `${TOKEN_PURPOSES[purpose].path}?token=${token}`;
}

/**
 * Uses a link once: the conditional update is the check, so two tabs (or a
 * double submit) cannot both use it. An unknown, used or expired link all give
 * the same answer.
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
  return row.userId;
}
