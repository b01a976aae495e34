import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isFresh, parseSignatureHeaders, signatureBase, signRequest, verifySignature } from "./message-signature";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const privatePem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const publicPem = publicKey.export({ format: "pem", type: "spki" }).toString();
const uri = "https://satupintu.example/api/antar-instansi/v1/dokumen/7K3M-Q9RT-2HXW";
const params = { created: 1_767_225_600, keyid: "bank-jatim", nonce: "n0nce-0123456789abcdef", alg: "ed25519" } as const;

describe("inter-agency request signatures (RFC 9421 profile)", () => {
  it("builds RFC 9421's signature base", () => {
    expect(signatureBase("get", uri, params)).toBe(
      `"@method": GET\n"@target-uri": ${uri}\n"@signature-params": ("@method" "@target-uri");created=1767225600;keyid="bank-jatim";nonce="n0nce-0123456789abcdef";alg="ed25519"`,
    );
  });

  it("verifies what the client signed, and nothing else", () => {
    const headers = new Headers(signRequest("GET", uri, params, privatePem));
    const parsed = parseSignatureHeaders(headers)!;
    expect(parsed.params).toEqual(params);
    expect(verifySignature("GET", uri, parsed.params, parsed.signature, publicPem)).toBe(true);
    expect(verifySignature("GET", uri.replace("2HXW", "2HXX"), parsed.params, parsed.signature, publicPem)).toBe(false);
    expect(verifySignature("GET", uri, { ...parsed.params, nonce: "another-nonce-0123456" }, parsed.signature, publicPem)).toBe(false);
    const other = generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }).toString();
    expect(verifySignature("GET", uri, parsed.params, parsed.signature, other)).toBe(false);
  });

  it("refuses headers outside the profile and stale timestamps", () => {
    expect(parseSignatureHeaders(new Headers({ signature: "sig1=:abc:" }))).toBeNull();
    expect(
      parseSignatureHeaders(
        new Headers({
          "signature-input": 'sig1=("@method");created=1;keyid="x";nonce="0123456789abcdefg";alg="ed25519"',
          signature: `sig1=:${"A".repeat(86)}==:`,
        }),
      ),
    ).toBeNull();
    const now = new Date(params.created * 1000);
    expect(isFresh(params.created + 299, now)).toBe(true);
    expect(isFresh(params.created - 301, now)).toBe(false);
  });
});
