/**
 * Tracking numbers and tracking secrets (DESIGN.md §3): what a citizen writes
 * down or types into /lacak, so both are short, unambiguous and forgiving of
 * case, spaces and look-alike characters.
 */
const SERIAL_DIGITS = 6;
const MAX_SERIAL = 10 ** SERIAL_DIGITS - 1;

/** `<AGENCYCODE>-<YYYY>-<6 digits>`, e.g. DISDUKCAPIL-2026-000042. */
export function formatTrackingNumber(agencyCode: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new RangeError(`tracking serial ${serial} is outside 1..${MAX_SERIAL}`);
  }
  return `${agencyCode}-${year}-${String(serial).padStart(SERIAL_DIGITS, "0")}`;
}

const TRACKING_NUMBER = /^([A-Z][A-Z0-9]*)-(\d{4})-(\d{6})$/;

/** The canonical form of what someone typed, or null when it cannot be a tracking number. */
export function normalizeTrackingNumber(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, "");
  return TRACKING_NUMBER.test(compact) ? compact : null;
}

// Crockford's base32: no I, L, O or U, so a secret read aloud or copied by hand survives.
const SECRET_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TRACKING_SECRET_LENGTH = 8;

/** Turns bytes (from an HMAC) into a secret shown as `XXXX-XXXX`. */
export function encodeTrackingSecret(bytes: Uint8Array): string {
  if (bytes.length < TRACKING_SECRET_LENGTH) throw new RangeError("not enough bytes for a tracking secret");
  let secret = "";
  for (let i = 0; i < TRACKING_SECRET_LENGTH; i++) secret += SECRET_ALPHABET[bytes[i]! % 32];
  return `${secret.slice(0, 4)}-${secret.slice(4)}`;
}

/** The canonical form of a typed secret: look-alikes folded, separators dropped; null when malformed. */
export function normalizeTrackingSecret(input: string): string | null {
  const folded = input
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (folded.length !== TRACKING_SECRET_LENGTH) return null;
  if ([...folded].some((char) => !SECRET_ALPHABET.includes(char))) return null;
  return `${folded.slice(0, 4)}-${folded.slice(4)}`;
}
