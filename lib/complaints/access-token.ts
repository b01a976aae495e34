import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * After a filer proves they hold a complaint's code and secret, their browser
 * keeps a short-lived signed token for that one complaint (an httpOnly
 * cookie), so the follow-up pages and their forms work without asking for
 * the secret again, and without putting the secret in a URL or a page.
 *
 * Format: `<complaintId>.<expiresAtMs>.<hex HMAC-SHA256 of both>`.
 */
export const ACCESS_TOKEN_TTL_MS = 30 * 60_000;

function mac(key: Buffer, complaintId: string, expiresAtMs: number): string {
  return createHmac("sha256", key).update(`complaint-access\n${complaintId}\n${expiresAtMs}`).digest("hex");
}

export function signAccessToken(key: Buffer, complaintId: string, now: Date, ttlMs = ACCESS_TOKEN_TTL_MS): string {
  const expiresAtMs = now.getTime() + ttlMs;
  return `${complaintId}.${expiresAtMs}.${mac(key, complaintId, expiresAtMs)}`;
}

/** The complaint the token grants, or null when it is malformed, forged or expired. */
export function verifyAccessToken(key: Buffer, token: string | undefined | null, now: Date): string | null {
  if (!token || token.length > 200) return null;
  const [complaintId, expires, signature, ...rest] = token.split(".");
  if (rest.length || !complaintId || !expires || !signature || !/^\d{1,16}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return null;
  const expiresAtMs = Number(expires);
  if (expiresAtMs < now.getTime()) return null;
  const expected = Buffer.from(mac(key, complaintId, expiresAtMs), "hex");
  const given = Buffer.from(signature, "hex");
  return expected.length === given.length && timingSafeEqual(expected, given) ? complaintId : null;
}
