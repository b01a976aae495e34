import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";

/**
 * The kiosk page is public (anyone at the entrance uses it), but its writes
 * (check-in, tickets) are not: they need this device token, which staff of
 * the location put on the kiosk's browser by "Aktifkan kios" (a signed,
 * httpOnly cookie, 30 days). A phone outside the hall cannot hand out
 * numbers or check people in. The token is an HMAC keyed from AUTH_SECRET,
 * so nothing is stored; changing AUTH_SECRET deactivates every kiosk.
 */
export const KIOSK_TOKEN_DAYS = 30;
export const KIOSK_COOKIE = "satupintu_kiosk";

let cached: { secret: string; key: Buffer } | undefined;
function kioskKey(): Buffer {
  const { AUTH_SECRET } = env();
  if (cached?.secret !== AUTH_SECRET) cached = { secret: AUTH_SECRET, key: Buffer.from(hkdfSync("sha256", AUTH_SECRET, "satupintu", "visit-kiosk", 32)) };
  return cached.key;
}

const mac = (locationId: string, issuedAtMs: number) => createHmac("sha256", kioskKey()).update(`${locationId}.${issuedAtMs}`).digest("base64url");

export function issueKioskToken(locationId: string, now = new Date()): string {
  const issuedAtMs = now.getTime();
  return `${issuedAtMs}.${mac(locationId, issuedAtMs)}`;
}

export function isValidKioskToken(token: string | null | undefined, locationId: string, now = new Date()): boolean {
  if (!token) return false;
  const [issued, signature] = token.split(".");
  const issuedAtMs = Number(issued);
  if (!signature || !Number.isSafeInteger(issuedAtMs)) return false;
  if (now.getTime() - issuedAtMs > KIOSK_TOKEN_DAYS * 86_400_000 || issuedAtMs > now.getTime() + 60_000) return false;
  const expected = Buffer.from(mac(locationId, issuedAtMs));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function assertKioskToken(token: string | null | undefined, locationId: string, now = new Date()): void {
  if (!isValidKioskToken(token, locationId, now)) throw new AppError("FORBIDDEN", "visit.error.kioskNotActive");
}
