import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";
import { maskNik } from "./nik";

/** What is stored for a NIK: ciphertext for the holder, blind index for lookup, mask for display. */
export type ProtectedNik = { ciphertext: string; keyId: string; blindIndex: string; masked: string };

const encryptionKey = () => keyFromConfig(env().PII_ENCRYPTION_KEY, "pii-encryption");
const blindIndexKey = () => keyFromConfig(env().PII_BLIND_INDEX_KEY, "pii-blind-index");

export function blindIndex(value: string): string {
  return createHmac("sha256", blindIndexKey()).update(value.replace(/\s+/g, "")).digest("base64url");
}

/** AES-256-GCM; the output is `iv.tag.ciphertext`, base64url parts. */
export function encryptPii(plaintext: string): { ciphertext: string; keyId: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url"));
  return { ciphertext: parts.join("."), keyId: env().PII_KEY_ID };
}

export function decryptPii(ciphertext: string): string {
  const [iv, tag, body] = ciphertext.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

export function protectNik(nik: string): ProtectedNik {
  const digits = nik.replace(/\s+/g, "");
  return { ...encryptPii(digits), blindIndex: blindIndex(digits), masked: maskNik(digits) };
}
