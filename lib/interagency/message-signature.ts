import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

/**
 * Requests to the inter-agency API are signed with a profile of HTTP Message
 * Signatures (RFC 9421): each client holds an Ed25519 key whose public half the
 * portal registered under the client's id (the `keyid`).
 *
 *   Signature-Input: sig1=("@method" "@target-uri");created=1767225600;keyid="bank-jatim";nonce="3q2…";alg="ed25519"
 *   Signature: sig1=:<base64 Ed25519 signature over the signature base>:
 *
 * The signature base is RFC 9421's: one line per covered component, then the
 * `@signature-params` line. `@target-uri` is the public URL
 * (PUBLIC_URL + path), so a proxy in between does not change what was signed.
 * `created` must be within five minutes of the portal's clock and each nonce
 * is accepted once per client (replays are refused). Pure.
 */

export const CLOCK_SKEW_SECONDS = 300;
const COMPONENTS = '("@method" "@target-uri")';

export type SignatureParams = { created: number; keyid: string; nonce: string; alg: "ed25519" };

export function signatureParamsText(params: SignatureParams): string {
  return `${COMPONENTS};created=${params.created};keyid="${params.keyid}";nonce="${params.nonce}";alg="${params.alg}"`;
}

export function signatureBase(method: string, targetUri: string, params: SignatureParams): string {
  return [`"@method": ${method.toUpperCase()}`, `"@target-uri": ${targetUri}`, `"@signature-params": ${signatureParamsText(params)}`].join("\n");
}

const INPUT_PATTERN = /^sig1=\("@method" "@target-uri"\);created=(\d{1,12});keyid="([A-Za-z0-9._-]{1,64})";nonce="([A-Za-z0-9_-]{16,128})";alg="ed25519"$/;
const SIGNATURE_PATTERN = /^sig1=:([A-Za-z0-9+/]{86}==):$/;

/** The parameters and signature of a request, or null when the headers do not follow the profile. */
export function parseSignatureHeaders(headers: { get(name: string): string | null }): { params: SignatureParams; signature: Buffer } | null {
  const input = INPUT_PATTERN.exec(headers.get("signature-input")?.trim() ?? "");
  const signature = SIGNATURE_PATTERN.exec(headers.get("signature")?.trim() ?? "");
  if (!input || !signature) return null;
  return { params: { created: Number(input[1]), keyid: input[2]!, nonce: input[3]!, alg: "ed25519" }, signature: Buffer.from(signature[1]!, "base64") };
}

export function isFresh(created: number, now: Date): boolean {
  return Math.abs(now.getTime() / 1000 - created) <= CLOCK_SKEW_SECONDS;
}

export function verifySignature(method: string, targetUri: string, params: SignatureParams, signature: Buffer, publicKeyPem: string): boolean {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    return false;
  }
  if (key.asymmetricKeyType !== "ed25519") return false;
  return verify(null, Buffer.from(signatureBase(method, targetUri, params)), key, signature);
}

/** What a client does (and what the tests do): the two headers for a request. */
export function signRequest(
  method: string,
  targetUri: string,
  params: SignatureParams,
  privateKeyPem: string,
): { "signature-input": string; signature: string } {
  const signature = sign(null, Buffer.from(signatureBase(method, targetUri, params)), createPrivateKey(privateKeyPem)).toString("base64");
  return { "signature-input": `sig1=${signatureParamsText(params)}`, signature: `sig1=:${signature}:` };
}
