/**
 * Verification codes printed on output documents: 12 Crockford base32
 * characters (60 random bits) in groups of four, e.g. "7K3M-Q9RT-2HXW".
 * Crockford's alphabet leaves out I, L, O and U, so a code read aloud or
 * copied from paper survives the usual mix-ups; normalisation maps them back.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const VERIFICATION_CODE_LENGTH = 12;
const GROUP = 4;

/** The random bytes a code is made from: 60 of these 64 bits are used. */
export const VERIFICATION_CODE_RANDOM_BYTES = 8;

function grouped(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join("-");
}

/** A code from random bytes (pass fresh random bytes; tests pass fixed ones). */
export function verificationCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < VERIFICATION_CODE_RANDOM_BYTES) throw new Error("verificationCodeFromBytes: need 8 random bytes");
  let value = 0n;
  for (const byte of bytes.subarray(0, VERIFICATION_CODE_RANDOM_BYTES)) value = (value << 8n) | BigInt(byte);
  let symbols = "";
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++) {
    symbols = ALPHABET[Number(value & 31n)] + symbols;
    value >>= 5n;
  }
  return grouped(symbols);
}

/** A fresh code from the platform's cryptographic random source. */
export function newVerificationCode(): string {
  return verificationCodeFromBytes(crypto.getRandomValues(new Uint8Array(VERIFICATION_CODE_RANDOM_BYTES)));
}

const LOOKALIKES: Record<string, string> = { I: "1", L: "1", O: "0" };

/**
 * What someone typed or scanned, as the stored form ("XXXX-XXXX-XXXX"), or
 * null when it cannot be a code. Case, spaces, hyphens and dots do not
 * matter; I and L read as 1, O as 0. U is not in the alphabet and stays invalid.
 */
export function normalizeVerificationCode(input: string): string | null {
  if (input.length > 64) return null;
  const symbols = input
    .toUpperCase()
    .replace(/[\s.\-_]/g, "")
    .replace(/[ILO]/g, (c) => LOOKALIKES[c] ?? c);
  if (symbols.length !== VERIFICATION_CODE_LENGTH) return null;
  for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return null;
  return grouped(symbols);
}
