import "server-only";
import { createHash, randomBytes, sign } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { env } from "@/lib/platform/env";
import { assembleSignedData, OID, parseSignedData, signedAttributes } from "./cms";
import { signingIdentity } from "./portal-pki";
import { SignerUnavailableError } from "./signer";

/**
 * RFC 3161 time-stamping (PAdES B-T): the client that asks TSA_URL for a
 * token over the signature value, and the local TSA simulator that answers
 * such requests in development and tests (the portal CA's TSA certificate).
 */

// A copy: a Buffer's .buffer is often a shared pool, and Buffer#slice does not copy.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;
const TSA_POLICY = "1.3.6.1.4.1.99999.22.1";

let urlOverride: string | null | undefined;

/** Tests point the client at a simulator (or at nothing); undefined restores TSA_URL. */
export function useTimestampAuthorityForTests(url: string | null | undefined) {
  urlOverride = url;
}

export function timestampAuthorityUrl(): string | undefined {
  return urlOverride === undefined ? env().TSA_URL : (urlOverride ?? undefined);
}

/** A TimeStampToken (DER ContentInfo) over `imprint` (a SHA-256), or SignerUnavailableError. */
export async function requestTimestamp(imprint: Buffer): Promise<Buffer> {
  const url = timestampAuthorityUrl();
  if (!url) throw new SignerUnavailableError("No TSA configured");
  const nonce = randomBytes(8);
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(Buffer.concat([Buffer.from([1]), nonce])) }),
    certReq: true,
  });
  let answer: ArrayBuffer;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/timestamp-query" },
      body: Buffer.from(request.toSchema().toBER()),
      signal: AbortSignal.timeout(env().SIGNER_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`TSA answered ${response.status}`);
    answer = await response.arrayBuffer();
  } catch (error) {
    throw new SignerUnavailableError(`Time-stamping authority unavailable: ${(error as Error).message}`, { cause: error });
  }
  const parsed = (() => {
    try {
      return pkijs.TimeStampResp.fromBER(answer);
    } catch {
      return null;
    }
  })();
  if (!parsed || parsed.status.status > 1 || !parsed.timeStampToken) throw new SignerUnavailableError("The TSA refused the request");
  const info = tstInfoOf(Buffer.from(parsed.timeStampToken.toSchema().toBER()));
  if (!Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint)) {
    throw new SignerUnavailableError("The TSA timestamped another hash");
  }
  return Buffer.from(parsed.timeStampToken.toSchema().toBER());
}

/** The TSTInfo inside a timestamp token: its genTime and imprint. */
export function tstInfoOf(token: Uint8Array): pkijs.TSTInfo {
  const signedData = parseSignedData(token);
  const content = signedData.encapContentInfo.eContent;
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !content) throw new Error("Not a timestamp token");
  return pkijs.TSTInfo.fromBER(toArrayBuffer(new Uint8Array(content.getValue())));
}

/** The simulator answers at /api/pki/tsa outside production, and in the zero-install demo (derived keys allowed). */
export function timestampSimulatorEnabled(): boolean {
  const { NODE_ENV, SATUPINTU_ALLOW_DERIVED_KEYS } = env();
  return NODE_ENV !== "production" || SATUPINTU_ALLOW_DERIVED_KEYS;
}

/**
 * The simulator: answers a DER TimeStampReq with a granted TimeStampResp
 * whose token the portal's TSA certificate signs. Malformed requests get a
 * rejection (status 2), as a real TSA answers.
 */
export function answerTimestampRequest(requestDer: Uint8Array, now = new Date()): Buffer {
  let request: pkijs.TimeStampReq;
  try {
    request = pkijs.TimeStampReq.fromBER(toArrayBuffer(requestDer));
  } catch {
    return Buffer.from(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 2 }) }).toSchema().toBER());
  }
  const identity = signingIdentity({ kind: "tsa" });
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: TSA_POLICY,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(Buffer.concat([Buffer.from([1]), randomBytes(11)])) }),
    genTime: new Date(Math.floor(now.getTime() / 1000) * 1000),
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ...(request.nonce ? { nonce: request.nonce } : {}),
  });
  const infoDer = Buffer.from(info.toSchema().toBER());
  const { attributes, toBeSigned } = signedAttributes(createHash("sha256").update(infoDer).digest(), identity.chainDer[0]!, OID.tstInfo);
  const token = assembleSignedData({
    attributes,
    signature: sign("sha256", toBeSigned, identity.privateKey),
    chainDer: identity.chainDer,
    encapsulated: { contentType: OID.tstInfo, content: infoDer },
  });
  const tokenInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(token));
  return Buffer.from(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 0 }), timeStampToken: tokenInfo }).toSchema().toBER());
}
