import { z } from "zod";

/**
 * The pure rules of passkeys (WebAuthn) as a second factor (issue 25). The
 * protocol itself (attestation, signatures) is @simplewebauthn/server's; what
 * the portal decides is here: who the relying party is, how long a challenge
 * lives, how an answer names its challenge, and when a signature counter
 * proves a replay or a cloned authenticator.
 */

/** A challenge is answered within this long, or never: the browser's own prompt times out after a minute. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** What the browser is told to wait for (ms). */
export const CEREMONY_TIMEOUT_MS = 60_000;
export const RP_NAME = "SatuPintu";
/** More than enough for a person's devices; also bounds what the second step lists. */
export const MAX_PASSKEYS_PER_ACCOUNT = 10;

export type ChallengePurpose = "register" | "authenticate";

/** The relying party is the portal's public address (PUBLIC_URL): its host name is the RP ID, its origin the only one accepted. */
export function relyingParty(publicUrl: string): { rpID: string; origin: string; rpName: string } {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: RP_NAME };
}

export const challengeExpiry = (now: Date) => new Date(now.getTime() + CHALLENGE_TTL_MS);

/** Whether a stored challenge may still be answered (it is deleted when answered, so "still stored" is the other half). */
export const challengeLive = (expiresAt: Date, now: Date) => expiresAt.getTime() > now.getTime();

/**
 * The challenge an answer signed, read from its clientDataJSON (base64url
 * JSON): how the server finds the one stored challenge it must use up. Null
 * for anything that is not a well-formed client data object.
 */
export function challengeOfResponse(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== "string" || clientDataJSON.length > 4096) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const challenge = typeof data === "object" && data !== null ? (data as { challenge?: unknown }).challenge : undefined;
    return typeof challenge === "string" && /^[A-Za-z0-9_-]{16,128}$/.test(challenge) ? challenge : null;
  } catch {
    return null;
  }
}

/**
 * The WebAuthn signature-counter rule (§6.1.1): an authenticator that counts
 * must show a larger count each time; one that never counts (0 and 0) passes.
 * A count that does not move forward is a replayed or cloned assertion.
 */
export function counterAdvances(stored: bigint | number, received: number): boolean {
  const previous = BigInt(stored);
  if (previous === 0n && received === 0) return true;
  return BigInt(received) > previous;
}

/** The owner's name for a passkey ("Laptop kantor"). */
export const passkeyNameSchema = z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(60, "validation.tooLong");

/** A browser's JSON answer (registration or assertion), parsed no further than an object here; the library checks the rest. */
export function parseCeremonyResponse(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 16_384) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
    const response = (parsed as { response?: unknown }).response;
    return typeof (parsed as { id?: unknown }).id === "string" && typeof response === "object" && response !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
