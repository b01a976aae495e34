import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/**
 * The pure rules of the second factor (DESIGN.md §17, issue 25): TOTP as RFC
 * 6238 defines it (through the otpauth library), and one-time recovery codes.
 * Who must have one is the policy's (lib/auth/second-factor-rule.ts).
 */

const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off still works. */
const TOTP_WINDOW = 1;
export const TOTP_ISSUER = "SatuPintu";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, accountName = "") {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totpFor(secretBase32, accountName).toString();
}

/** The code an authenticator shows at `now` (tests and the demo's e2e helper). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);

/**
 * The time step a code is valid for at `now`, or null. A step at or before
 * `lastUsedStep` is refused: a code that was accepted once (or an older one)
 * is never accepted again (RFC 6238 §5.2).
 */
export function acceptedTotpStep(secretBase32: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = stepAt(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

// ——— Recovery codes ———

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like `k7pm-x2qd-9w`: 10 symbols of a 31-letter alphabet (~49 bits) each. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const symbols = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join("");
    return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
  });
}

/** What is hashed and compared: case, spaces and hyphens as typed do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code));
