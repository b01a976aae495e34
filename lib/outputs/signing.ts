import "server-only";
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";
import { canonicalRecordBytes, type OutputRecord } from "./canonical-record";

/**
 * The Ed25519 key that signs output records (DESIGN.md §7).
 *
 * Where it comes from, in order:
 * - `OUTPUT_SIGNING_KEY`: a PKCS#8 private key, either PEM ("-----BEGIN
 *   PRIVATE KEY-----", with real or "\n"-escaped line breaks) or the base64 of
 *   its DER (one line, easy to put in a secret store). Make one with
 *   `openssl genpkey -algorithm ed25519`.
 * - development: a key generated on first use into `.data/output-signing-key.pem`
 *   (0600) and reused, as the scripts keep AUTH_SECRET in `.data/auth-secret`.
 *   A random key rather than one derived from AUTH_SECRET, so that rotating
 *   AUTH_SECRET does not invalidate every document issued so far.
 * - tests, and production only with SATUPINTU_ALLOW_DERIVED_KEYS=1 (what the
 *   zero-install `npm start` sets): an Ed25519 seed derived from AUTH_SECRET
 *   by HKDF, so every instance agrees without writing files.
 * - production otherwise: refuses to sign or verify.
 *
 * The key id (OutputDocument.keyId) is OUTPUT_SIGNING_KEY_ID, or else
 * "ed25519-" + the first 16 hex digits of the SHA-256 of the public key, so it
 * changes whenever the key does.
 */

type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; keyId: string };

export const DEV_KEY_FILE = ".data/output-signing-key.pem";

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): this prefix, then the seed.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** Reads OUTPUT_SIGNING_KEY: PKCS#8 PEM or base64 DER, and it must be Ed25519. */
export function parsePrivateKey(configured: string): KeyObject {
  const text = configured.trim();
  const key = text.startsWith("-----BEGIN")
    ? createPrivateKey({ key: text.replace(/\\n/g, "\n"), format: "pem" })
    : createPrivateKey({ key: Buffer.from(text, "base64"), format: "der", type: "pkcs8" });
  if (key.asymmetricKeyType !== "ed25519") {
    throw new Error(`OUTPUT_SIGNING_KEY must be an Ed25519 key (got ${key.asymmetricKeyType ?? "unknown"})`);
  }
  return key;
}

export function keyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error("An Ed25519 seed is 32 bytes");
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
}

/**
 * The key in `file`, generated there on first use. Two processes starting at
 * once may both generate one; the exclusive create lets exactly one write it
 * and the other reads the winner's, so they never sign with different keys.
 */
export function loadOrCreateKeyFile(file: string): KeyObject {
  try {
    return parsePrivateKey(readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return parsePrivateKey(readFileSync(file, "utf8"));
}

function fingerprintId(publicKey: KeyObject): string {
  const spki = publicKey.export({ format: "der", type: "spki" });
  return `ed25519-${createHash("sha256").update(spki).digest("hex").slice(0, 16)}`;
}

function loadPrivateKey(): KeyObject {
  const { OUTPUT_SIGNING_KEY, NODE_ENV, SATUPINTU_ALLOW_DERIVED_KEYS } = env();
  if (OUTPUT_SIGNING_KEY) return parsePrivateKey(OUTPUT_SIGNING_KEY);
  if (NODE_ENV === "development") return loadOrCreateKeyFile(path.resolve(process.cwd(), DEV_KEY_FILE));
  if (NODE_ENV === "production" && !SATUPINTU_ALLOW_DERIVED_KEYS) {
    throw new Error("OUTPUT_SIGNING_KEY is not configured (set an Ed25519 PKCS#8 key, or SATUPINTU_ALLOW_DERIVED_KEYS=1)");
  }
  return keyFromSeed(keyFromConfig(undefined, "output-signing-ed25519"));
}

let cached: SigningKey | undefined;

function signingKey(): SigningKey {
  if (!cached) {
    const privateKey = loadPrivateKey();
    const publicKey = createPublicKey(privateKey);
    cached = { privateKey, publicKey, keyId: env().OUTPUT_SIGNING_KEY_ID ?? fingerprintId(publicKey) };
  }
  return cached;
}

/** The id stored with each signature, so a verifier knows which key to use. */
export function signingKeyId(): string {
  return signingKey().keyId;
}

/** Signs the record's canonical bytes; the signature is base64url. */
export function signRecord(record: OutputRecord): { signature: string; keyId: string } {
  const key = signingKey();
  return { signature: sign(null, canonicalRecordBytes(record), key.privateKey).toString("base64url"), keyId: key.keyId };
}

/** Signs other canonical bytes with the same key (the payment receipt, lib/outputs/payment-pdf.ts); base64url. */
export function signBytes(bytes: Uint8Array): { signature: string; keyId: string } {
  const key = signingKey();
  return { signature: sign(null, bytes, key.privateKey).toString("base64url"), keyId: key.keyId };
}

/**
 * True only for a good signature by the current key. A signature made under
 * another key id is not trusted: this portal publishes one key, and accepting
 * unknown ids would let a forged row name a key of its choosing.
 */
export function verifyRecord(record: OutputRecord, signature: string, keyId: string): boolean {
  const key = signingKey();
  if (keyId !== key.keyId || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  return verify(null, canonicalRecordBytes(record), key.publicKey, Buffer.from(signature, "base64url"));
}

/** Signs other statements the portal publishes (audit anchors) with the same key; the signature is base64url. */
export function signStatement(bytes: Uint8Array): { signature: string; keyId: string } {
  const key = signingKey();
  return { signature: sign(null, bytes, key.privateKey).toString("base64url"), keyId: key.keyId };
}

/** True only for a good signature by the current key (see verifyRecord for why other key ids fail). */
export function verifyStatement(bytes: Uint8Array, signature: string, keyId: string): boolean {
  const key = signingKey();
  if (keyId !== key.keyId || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  return verify(null, bytes, key.publicKey, Buffer.from(signature, "base64url"));
}

export function publicKeyPem(): string {
  return signingKey().publicKey.export({ format: "pem", type: "spki" }).toString();
}

export type OutputPublicJwk = { kty: "OKP"; crv: "Ed25519"; x: string; kid: string; alg: "EdDSA"; use: "sig" };

export function publicKeyJwk(): OutputPublicJwk {
  const key = signingKey();
  const jwk = key.publicKey.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("Ed25519 public key without x");
  return { kty: "OKP", crv: "Ed25519", x: jwk.x, kid: key.keyId, alg: "EdDSA", use: "sig" };
}
