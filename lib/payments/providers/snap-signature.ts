import { createHash, createHmac, createSign, createVerify, timingSafeEqual, type KeyObject } from "node:crypto";

/**
 * Bank Indonesia's SNAP (Standar Nasional Open API Pembayaran) signatures, as
 * the standard publishes them:
 *
 * - the access-token request (B2B) is signed asymmetrically: SHA256withRSA
 *   over `clientId + "|" + X-TIMESTAMP`, base64, with the bank's private key;
 * - every transaction request is signed symmetrically: HMAC-SHA512 with the
 *   client secret over
 *   `METHOD:path:accessToken:lowercase(hex(sha256(minified body))):X-TIMESTAMP`, base64.
 */

/** The body as JSON without insignificant whitespace (what SNAP calls minify). */
export function minifyJson(body: string): string {
  return body.trim() === "" ? "" : JSON.stringify(JSON.parse(body));
}

export function transactionStringToSign(request: { method: string; path: string; accessToken: string; body: string; timestamp: string }): string {
  const bodyHash = createHash("sha256").update(minifyJson(request.body), "utf8").digest("hex").toLowerCase();
  return `${request.method.toUpperCase()}:${request.path}:${request.accessToken}:${bodyHash}:${request.timestamp}`;
}

export function signTransaction(clientSecret: string, request: Parameters<typeof transactionStringToSign>[0]): string {
  return createHmac("sha512", clientSecret).update(transactionStringToSign(request), "utf8").digest("base64");
}

export function verifyTransaction(clientSecret: string, request: Parameters<typeof transactionStringToSign>[0], signature: string): boolean {
  let expected: Buffer;
  let given: Buffer;
  try {
    expected = Buffer.from(signTransaction(clientSecret, request), "base64");
    given = Buffer.from(signature, "base64");
  } catch {
    return false;
  }
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function accessTokenStringToSign(clientId: string, timestamp: string): string {
  return `${clientId}|${timestamp}`;
}

export function signAccessTokenRequest(privateKey: KeyObject, clientId: string, timestamp: string): string {
  return createSign("RSA-SHA256").update(accessTokenStringToSign(clientId, timestamp)).sign(privateKey, "base64");
}

export function verifyAccessTokenRequest(publicKey: KeyObject, clientId: string, timestamp: string, signature: string): boolean {
  try {
    return createVerify("RSA-SHA256").update(accessTokenStringToSign(clientId, timestamp)).verify(publicKey, signature, "base64");
  } catch {
    return false;
  }
}

/** SNAP's X-TIMESTAMP: ISO 8601 with the offset, e.g. 2026-12-06T19:05:00+07:00. */
export function snapTimestamp(at: Date, offsetMinutes = 7 * 60): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, "0");
  return `${local.toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}

/** A request's timestamp may differ from ours by this much: a replay of an old signed request is refused. */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;

export function isFreshTimestamp(timestamp: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/.test(timestamp)) return false;
  const at = Date.parse(timestamp);
  return Number.isFinite(at) && Math.abs(at - now.getTime()) <= TIMESTAMP_TOLERANCE_MS;
}

/** SNAP amounts: a string with two decimals, "30000.00", and the currency. */
export function snapAmount(rupiah: number): { value: string; currency: "IDR" } {
  return { value: `${rupiah}.00`, currency: "IDR" };
}

/** Whole rupiah from a SNAP amount, or null when it is not one (a fraction of a rupiah, another currency). */
export function rupiahFromSnap(amount: unknown): number | null {
  if (!amount || typeof amount !== "object") return null;
  const { value, currency } = amount as { value?: unknown; currency?: unknown };
  if (currency !== "IDR" || typeof value !== "string") return null;
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match || (match[2] && Number(match[2]) !== 0)) return null;
  return Number(match[1]);
}
