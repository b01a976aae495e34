import "server-only";
import { createHash, hkdfSync } from "node:crypto";
import { env } from "./env";

/**
 * A 32-byte key: the configured base64 value, or — in development and tests
 * only — one derived from AUTH_SECRET, so the zero-install start needs no key
 * management. Production refuses to run without explicit keys.
 */
export function keyFromConfig(configured: string | undefined, purpose: string): Buffer {
  if (configured) {
    const key = remembered(`configured\u0000${configured}`, () => Buffer.from(configured, "base64"));
    if (key.length !== 32) throw new Error(`${purpose}: key must be 32 bytes, base64-encoded`);
    return key;
  }
  const { NODE_ENV, AUTH_SECRET, SATUPINTU_ALLOW_DERIVED_KEYS } = env();
  if (NODE_ENV === "production" && !SATUPINTU_ALLOW_DERIVED_KEYS) {
    throw new Error(`${purpose}: key is not configured`);
  }
  return remembered(`derived\u0000${purpose}\u0000${AUTH_SECRET}`, () =>
    Buffer.from(hkdfSync("sha256", AUTH_SECRET, createHash("sha256").update("satupintu").digest(), purpose, 32)),
  );
}

/** Every encryption and decryption asks for its key: HKDF and base64 run once per key and process. */
const resolvedKeys = new Map<string, Buffer>();

function remembered(cacheKey: string, resolve: () => Buffer): Buffer {
  let key = resolvedKeys.get(cacheKey);
  if (!key) {
    key = resolve();
    resolvedKeys.set(cacheKey, key);
  }
  return key;
}
