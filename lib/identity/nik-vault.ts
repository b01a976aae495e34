import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";
import { maskNik } from "./nik";

/** What is stored for a NIK: ciphertext for the holder, blind index for lookup, mask for display. */
export type ProtectedNik = { ciphertext: string; keyId: string; blindIndex: string; masked: string };

/** The encryption keys by id, and the one new ciphertexts are written under. */
export type KeyRing = { currentId: string; keys: ReadonlyMap<string, Buffer> };

/**
 * The key ring from configuration: PII_ENCRYPTION_KEY under PII_KEY_ID (the
 * current key), plus the older keys of PII_ENCRYPTION_KEYS still needed to
 * read what was written before a rotation.
 */
export function piiKeyRing(): KeyRing {
  const { PII_ENCRYPTION_KEY, PII_ENCRYPTION_KEYS, PII_KEY_ID } = env();
  const keys = new Map<string, Buffer>();
  for (const entry of (PII_ENCRYPTION_KEYS ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(":");
    if (separator <= 0) throw new Error("PII_ENCRYPTION_KEYS: expected id:base64key entries separated by commas");
    keys.set(entry.slice(0, separator), keyFromConfig(entry.slice(separator + 1), `PII_ENCRYPTION_KEYS ${entry.slice(0, separator)}`));
  }
  keys.set(PII_KEY_ID, keyFromConfig(PII_ENCRYPTION_KEY, "pii-encryption"));
  return { currentId: PII_KEY_ID, keys };
}

const blindIndexKey = () => keyFromConfig(env().PII_BLIND_INDEX_KEY, "pii-blind-index");

export function blindIndex(value: string): string {
  return createHmac("sha256", blindIndexKey()).update(value.replace(/\s+/g, "")).digest("base64url");
}

/**
 * AES-256-GCM; the output is `keyId:iv.tag.ciphertext` (base64url parts), so
 * every ciphertext names the key that reads it. Ciphertexts from before key
 * ids were embedded (`iv.tag.ciphertext`) are still read: GCM's tag tells
 * which key of the ring fits.
 */
export function encryptPii(plaintext: string, ring: KeyRing = piiKeyRing()): { ciphertext: string; keyId: string } {
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url"));
  return { ciphertext: `${ring.currentId}:${parts.join(".")}`, keyId: ring.currentId };
}

/** The key id a ciphertext names, or null for one written before ids were embedded. */
export function ciphertextKeyId(ciphertext: string): string | null {
  const separator = ciphertext.indexOf(":");
  return separator > 0 ? ciphertext.slice(0, separator) : null;
}

export function decryptPii(ciphertext: string, ring: KeyRing = piiKeyRing()): string {
  const keyId = ciphertextKeyId(ciphertext);
  const [iv, tag, body] = ciphertext
    .slice(keyId ? keyId.length + 1 : 0)
    .split(".")
    .map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed ciphertext");
  const candidates = keyId ? [ring.keys.get(keyId)] : [...ring.keys.values()];
  for (const key of candidates) {
    if (!key) continue;
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
    } catch {
      // Not this key (legacy ciphertexts try each); the error below says none fitted.
    }
  }
  throw new Error(keyId ? `no usable key "${keyId}" in the PII key ring` : "no key in the PII key ring fits this ciphertext");
}

export function protectNik(nik: string): ProtectedNik {
  const digits = nik.replace(/\s+/g, "");
  return { ...encryptPii(digits), blindIndex: blindIndex(digits), masked: maskNik(digits) };
}
