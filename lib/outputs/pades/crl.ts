import "server-only";
import { sign } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import forge from "node-forge";
import { derOf, portalCaIssuer } from "./portal-pki";
import { OID, parseCertificate } from "./cms";

const sha256WithRsa = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() });
const CRL_NUMBER = "2.5.29.20";
const CRL_LIFETIME_MS = 7 * 86_400_000;

/**
 * The portal CA's certificate revocation list (DER), published at the URL
 * every certificate names in its CRL distribution point (/api/pki/crl).
 * Revoked certificate serials come from `revokedSerials` (hex); the demo
 * revokes none, so the list is empty but signed and current, which is what a
 * verifier needs to call the agency certificates "not revoked". Rebuilt per
 * request (a signature is cheap), valid for seven days; the CRL number is
 * the issue time in seconds, so it only grows.
 */
export function portalCrl(now = new Date(), revokedSerials: { serialHex: string; revokedAt: Date }[] = []): Buffer {
  const ca = portalCaIssuer();
  const caCertificate = parseCertificate(derOf(ca.certificate));
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    signature: sha256WithRsa(),
    issuer: caCertificate.subject,
    thisUpdate: new pkijs.Time({ type: 0, value: now }),
    nextUpdate: new pkijs.Time({ type: 0, value: new Date(now.getTime() + CRL_LIFETIME_MS) }),
    ...(revokedSerials.length
      ? {
          revokedCertificates: revokedSerials.map(
            ({ serialHex, revokedAt }) =>
              new pkijs.RevokedCertificate({
                userCertificate: new asn1js.Integer({ valueHex: new Uint8Array(Buffer.from(serialHex, "hex")).buffer }),
                revocationDate: new pkijs.Time({ type: 0, value: revokedAt }),
              }),
          ),
        }
      : {}),
    crlExtensions: new pkijs.Extensions({
      extensions: [new pkijs.Extension({ extnID: CRL_NUMBER, extnValue: new asn1js.Integer({ value: Math.floor(now.getTime() / 1000) }).toBER() })],
    }),
    signatureAlgorithm: sha256WithRsa(),
  });
  // toSchema(true) encodes the TBSCertList from the fields (pkijs keeps encodeTBS protected).
  const [tbsSchema] = crl.toSchema(true).valueBlock.value;
  if (!tbsSchema) throw new Error("CRL without a TBSCertList");
  const tbs = Buffer.from(tbsSchema.toBER());
  crl.tbsView = new Uint8Array(tbs);
  crl.signatureValue = new asn1js.BitString({ valueHex: new Uint8Array(sign("sha256", tbs, ca.privateKey)).buffer });
  return Buffer.from(crl.toSchema(true).toBER());
}

/**
 * The portal CA's CRL when it is the revocation data for `certificatesDer`
 * (a signature's certificates, DER): every certificate other than the CA's
 * own is issued by the portal CA. Otherwise (a PSrE's certificate, another
 * CA) null — the portal cannot speak for another CA's revocations.
 */
export function portalCrlCovering(certificatesDer: Buffer[], now = new Date()): Buffer | null {
  const ca = portalCaIssuer().certificate;
  const caDer = derOf(ca);
  const others = certificatesDer.filter((der) => !der.equals(caDer));
  if (others.length === 0) return null;
  const issuedByPortalCa = others.every((der) => {
    try {
      return ca.verify(forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString("binary"))));
    } catch {
      return false;
    }
  });
  return issuedByPortalCa ? portalCrl(now) : null;
}
