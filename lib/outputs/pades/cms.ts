import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

/**
 * CMS SignedData for a PAdES baseline signature (ETSI EN 319 142-1, CAdES
 * detached): no encapsulated content, signed attributes content-type,
 * message-digest (the SHA-256 of the PDF's signed byte ranges) and
 * signing-certificate-v2; no signing-time attribute (PAdES takes the time
 * from the signature dictionary's /M, or from the timestamp).
 *
 * pkijs/asn1js build the structures: a maintained implementation of RFC 5652
 * and RFC 3161, rather than hand-written DER.
 */

export const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  signatureTimeStampToken: "1.2.840.113549.1.9.16.2.14",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha256WithRsa: "1.2.840.113549.1.1.11",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
} as const;

// A copy: a Buffer's .buffer is often a shared pool, and Buffer#slice does not copy.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;
const der = (schema: { toBER(): ArrayBuffer }) => Buffer.from(schema.toBER());

export function parseCertificate(certificateDer: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(certificateDer));
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signature to this exact certificate (hash algorithm SHA-256, the default). */
function signingCertificateV2(certificateDer: Uint8Array, certificate: pkijs.Certificate): pkijs.Attribute {
  const certHash = createHash("sha256").update(certificateDer).digest();
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }), issuerSerial] });
  return new pkijs.Attribute({ type: OID.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })] });
}

/**
 * The signed attributes, ordered as DER orders a SET OF (by encoding): a
 * verifier that re-encodes them (NSS does) gets the very bytes that were signed.
 */
export function signedAttributes(
  digest: Uint8Array,
  certificateDer: Uint8Array,
  contentType: string = OID.data,
): { attributes: pkijs.Attribute[]; toBeSigned: Buffer } {
  const certificate = parseCertificate(certificateDer);
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: contentType })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })] }),
    signingCertificateV2(certificateDer, certificate),
  ]
    .map((attribute) => ({ attribute, encoded: der(attribute.toSchema()) }))
    .sort((a, b) => Buffer.compare(a.encoded, b.encoded))
    .map(({ attribute }) => attribute);
  return { attributes, toBeSigned: der(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) })) };
}

/**
 * The CMS (ContentInfo with SignedData, DER) around a signature over
 * `toBeSigned` of signedAttributes(): detached, or with `encapsulated` content
 * (a timestamp token carries its TSTInfo).
 */
export function assembleSignedData(input: {
  attributes: pkijs.Attribute[];
  signature: Uint8Array;
  chainDer: Uint8Array[];
  encapsulated?: { contentType: string; content: Uint8Array };
}): Buffer {
  const [leafDer] = input.chainDer;
  if (!leafDer) throw new Error("assembleSignedData: the signing certificate is missing");
  const certificates = input.chainDer.map(parseCertificate);
  const leaf = certificates[0]!;
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: input.attributes }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(input.signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: input.encapsulated ? 3 : 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: input.encapsulated
      ? new pkijs.EncapsulatedContentInfo({
          eContentType: input.encapsulated.contentType,
          eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(input.encapsulated.content) }),
        })
      : new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  return der(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema());
}

export function parseSignedData(cms: Uint8Array): pkijs.SignedData {
  const info = pkijs.ContentInfo.fromBER(toArrayBuffer(cms));
  if (info.contentType !== OID.signedData) throw new Error("Not a CMS SignedData");
  return new pkijs.SignedData({ schema: info.content });
}

/** The first signer's signature value: what an RFC 3161 timestamp is taken over (PAdES B-T). */
export function signatureValue(cms: Uint8Array): Buffer {
  const signer = parseSignedData(cms).signerInfos[0];
  if (!signer) throw new Error("CMS without a signer");
  return Buffer.from(signer.signature.valueBlock.valueHexView);
}

export function hasSignatureTimestamp(cms: Uint8Array): boolean {
  const signer = parseSignedData(cms).signerInfos[0];
  return Boolean(signer?.unsignedAttrs?.attributes.some((attribute) => attribute.type === OID.signatureTimeStampToken));
}

/** The CMS with `timeStampToken` (a DER ContentInfo from a TSA) added as the signer's signature-time-stamp. */
export function withSignatureTimestamp(cms: Uint8Array, timeStampToken: Uint8Array): Buffer {
  const signedData = parseSignedData(cms);
  const signer = signedData.signerInfos[0];
  if (!signer) throw new Error("CMS without a signer");
  const token = asn1js.fromBER(toArrayBuffer(timeStampToken));
  if (token.offset === -1) throw new Error("The timestamp token is not DER");
  const attribute = new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [token.result] });
  const others = signer.unsignedAttrs?.attributes.filter((a) => a.type !== OID.signatureTimeStampToken) ?? [];
  signer.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [...others, attribute] });
  return der(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema());
}

/** The CMS in a signed PDF's last signature dictionary (/Contents, hex, zero-padded), or null for an unsigned PDF. */
export function embeddedCms(pdf: Uint8Array): Buffer | null {
  const text = Buffer.from(pdf).toString("latin1");
  const matches = [...text.matchAll(/\/Contents\s*<([0-9a-fA-F]+)>/g)];
  const hex = matches.at(-1)?.[1];
  if (!hex) return null;
  const bytes = Buffer.from(hex, "hex");
  // DER knows its own length: cut the padding after it.
  const parsed = asn1js.fromBER(new Uint8Array(bytes).buffer);
  if (parsed.offset === -1) return null;
  return bytes.subarray(0, parsed.offset);
}

/** Who signed the PDF (the certificate the signer info names), and whether the signature is timestamped. */
export function embeddedSignatureOf(pdf: Uint8Array): { signer: string; certificateSha256: string; timestamped: boolean } | null {
  const cms = embeddedCms(pdf);
  if (!cms) return null;
  const signedData = parseSignedData(cms);
  const signerInfo = signedData.signerInfos[0];
  const sid = signerInfo?.sid;
  const certificate = signedData.certificates?.find(
    (candidate): candidate is pkijs.Certificate =>
      candidate instanceof pkijs.Certificate &&
      sid instanceof pkijs.IssuerAndSerialNumber &&
      candidate.serialNumber.isEqual(sid.serialNumber) &&
      candidate.issuer.isEqual(sid.issuer),
  );
  if (!signerInfo || !certificate) return null;
  const commonName = certificate.subject.typesAndValues.find((entry) => entry.type === "2.5.4.3")?.value.valueBlock.value;
  return {
    signer: typeof commonName === "string" ? commonName : "",
    certificateSha256: createHash("sha256").update(Buffer.from(certificate.toSchema().toBER())).digest("hex"),
    timestamped: Boolean(signerInfo.unsignedAttrs?.attributes.some((attribute) => attribute.type === OID.signatureTimeStampToken)),
  };
}
