import "server-only";
import { createHash } from "node:crypto";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import signpdf from "@signpdf/signpdf";
import { Signer as SignPdfSigner, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import type { PDFDocument, PDFPage } from "pdf-lib";
import type { PdfSignature } from "../canonical-record";
import { embeddedSignatureOf, hasSignatureTimestamp, signatureValue, withSignatureTimestamp } from "./cms";
import { portalCrlCovering } from "./crl";
import { appendDocumentSecurityStore, certificatesOfSignature, readDocumentSecurityStore } from "./dss";
import { configuredSigner, type Signer, type SigningParty } from "./signer";
import { requestTimestamp, timestampAuthorityUrl } from "./timestamp";

/**
 * Room reserved in /Contents for the CMS (bytes, hex-doubled in the file):
 * the signature, a three-certificate chain and a timestamp token with its own
 * chain fit with margin.
 */
const SIGNATURE_SPACE = 24_576;

export type PadesOptions = {
  party: SigningParty;
  /** Shown by every PDF reader as the signer's name, reason and place. */
  signerName: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
  /** The visible signature: the page and the rectangle [x1, y1, x2, y2] its appearance is drawn in. */
  page: PDFPage;
  rect: [number, number, number, number];
  /** Defaults to the configured signer (SIGNER). */
  signer?: Signer;
};

/** Adapts our Signer to @signpdf: it hands over the signed byte ranges, we send only their hash. */
class HashSigner extends SignPdfSigner {
  /** The CMS that went into /Contents (with its timestamp). */
  cms: Buffer | null = null;

  constructor(
    private readonly signer: Signer,
    private readonly party: SigningParty,
  ) {
    super();
  }

  async sign(signedBytes: Buffer): Promise<Buffer> {
    const digest = createHash("sha256").update(signedBytes).digest();
    const cms = await this.signer.signHash({ digest, party: this.party });
    // B-T: a remote service may already have timestamped; otherwise the configured TSA does it here.
    if (!timestampAuthorityUrl() || hasSignatureTimestamp(cms)) return (this.cms = cms);
    const token = await requestTimestamp(createHash("sha256").update(signatureValue(cms)).digest());
    return (this.cms = withSignatureTimestamp(cms, token));
  }
}

/**
 * Saves `pdf` with an embedded PAdES baseline signature: a signature field
 * whose widget covers `rect`, a signature dictionary (/Adobe.PPKLite,
 * /ETSI.CAdES.detached) and the CMS over its /ByteRange. The caller has
 * already drawn the appearance's text on the page.
 *
 * Levels (ETSI EN 319 142-1): B-B without a TSA; B-T with a timestamp; B-LT
 * when the signature is timestamped and its revocation data is at hand — the
 * local signer's certificates are the portal CA's, whose CRL the portal
 * issues, so a Document Security Store with the certificates and that CRL is
 * appended (dss.ts). A remote signer's CA publishes its own CRL, which the
 * portal does not fetch: such a document stays B-T, and its record says so.
 */
export async function saveWithPadesSignature(pdf: PDFDocument, options: PadesOptions): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    pdfPage: options.page,
    reason: options.reason,
    contactInfo: options.contactInfo,
    name: options.signerName,
    location: options.location,
    signingTime: options.signingTime,
    signatureLength: SIGNATURE_SPACE,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: options.rect,
    appName: "SatuPintu",
  });
  const unsigned = await pdf.save({ useObjectStreams: false });
  const signer = options.signer ?? configuredSigner();
  const hashSigner = new HashSigner(signer, options.party);
  const signed = await signpdf.sign(Buffer.from(unsigned), hashSigner);
  if (!hashSigner.cms || !hasSignatureTimestamp(hashSigner.cms)) return new Uint8Array(signed);
  const certificates = certificatesOfSignature(hashSigner.cms);
  const crl = signer.kind === "local" ? portalCrlCovering(certificates) : null;
  if (!crl) return new Uint8Array(signed);
  return new Uint8Array(await appendDocumentSecurityStore(signed, { certificates, crls: [crl] }));
}

/** What a signed record says of the PDF's embedded signature: its level, the signer, the certificate. */
export async function pdfSignatureSummary(pdf: Uint8Array): Promise<PdfSignature> {
  const embedded = embeddedSignatureOf(pdf);
  if (!embedded) throw new Error("The rendered PDF carries no signature");
  const dss = embedded.timestamped ? await readDocumentSecurityStore(pdf) : null;
  const format = dss && dss.crls.length > 0 ? "PAdES-B-LT" : embedded.timestamped ? "PAdES-B-T" : "PAdES-B-B";
  return { format, signer: embedded.signer, certificateSha256: embedded.certificateSha256 };
}
