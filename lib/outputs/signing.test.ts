import { createPublicKey, generateKeyPairSync, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keyFromSeed, loadOrCreateKeyFile, parsePrivateKey, publicKeyJwk, publicKeyPem, signRecord, signingKeyId, verifyRecord } from "./signing";
import { ktpOutputRecord as record } from "./test-support";

// env() is read lazily: with no OUTPUT_SIGNING_KEY, the test environment derives the key from AUTH_SECRET.
process.env.AUTH_SECRET = "unit-tests-only-secret-0123456789";
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";
delete process.env.OUTPUT_SIGNING_KEY;
delete process.env.OUTPUT_SIGNING_KEY_ID;

const dir = mkdtempSync(path.join(os.tmpdir(), "satupintu-signing-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("keys", () => {
  it("builds the RFC 8032 key from its seed (test vector 1)", () => {
    const key = keyFromSeed(Buffer.from("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "hex"));
    const jwk = createPublicKey(key).export({ format: "jwk" });
    expect(Buffer.from(jwk.x as string, "base64url").toString("hex")).toBe("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    expect(sign(null, new Uint8Array(), key).toString("hex")).toBe(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    );
  });

  it("reads OUTPUT_SIGNING_KEY as PKCS#8 PEM (with escaped line breaks too) or base64 DER", () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const der = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    const raw = (key: ReturnType<typeof parsePrivateKey>) => key.export({ format: "der", type: "pkcs8" }).toString("hex");
    const expected = raw(privateKey);
    expect(raw(parsePrivateKey(pem))).toBe(expected);
    expect(raw(parsePrivateKey(pem.trim().replace(/\n/g, "\\n")))).toBe(expected);
    expect(raw(parsePrivateKey(der))).toBe(expected);
  });

  it("refuses a key that is not Ed25519", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(() => parsePrivateKey(privateKey.export({ format: "pem", type: "pkcs8" }).toString())).toThrow(/Ed25519/);
  });

  it("generates the development key file once (0600) and reuses it", () => {
    const file = path.join(dir, "nested", "output-signing-key.pem");
    const first = loadOrCreateKeyFile(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const pem = readFileSync(file, "utf8");
    const second = loadOrCreateKeyFile(file);
    expect(readFileSync(file, "utf8")).toBe(pem);
    expect(second.export({ format: "pem", type: "pkcs8" })).toEqual(first.export({ format: "pem", type: "pkcs8" }));
  });

  it("does not paper over a damaged key file", () => {
    const file = path.join(dir, "broken.pem");
    writeFileSync(file, "not a key");
    expect(() => loadOrCreateKeyFile(file)).toThrow();
  });
});

describe("signing records", () => {
  it("signs and verifies a record with the configured key", () => {
    const { signature, keyId } = signRecord(record);
    expect(keyId).toBe(signingKeyId());
    expect(keyId).toMatch(/^ed25519-[0-9a-f]{16}$/);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyRecord(record, signature, keyId)).toBe(true);
  });

  it("rejects any change to the record, another key id, or a mangled signature", () => {
    const { signature, keyId } = signRecord(record);
    expect(verifyRecord({ ...record, holderNameMasked: "B*** S******" }, signature, keyId)).toBe(false);
    expect(verifyRecord({ ...record, pdfSha256: "c".repeat(64) }, signature, keyId)).toBe(false);
    expect(verifyRecord(record, signature, "ed25519-0000000000000000")).toBe(false);
    expect(verifyRecord(record, `${signature.slice(0, -2)}AA`, keyId)).toBe(false);
    expect(verifyRecord(record, "short", keyId)).toBe(false);
  });

  it("publishes the same public key as PEM and JWK", () => {
    const jwk = publicKeyJwk();
    expect(jwk).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig", kid: signingKeyId() });
    const fromPem = createPublicKey(publicKeyPem()).export({ format: "jwk" });
    expect(fromPem.x).toBe(jwk.x);
  });
});
