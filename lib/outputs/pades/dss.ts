import { createHash } from "node:crypto";
import * as pkijs from "pkijs";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";
import { OID, parseSignedData } from "./cms";

/**
 * PAdES B-LT (ETSI EN 319 142-1 §5.4, ISO 32000-2 §12.8.4.3): the validation
 * data a verifier needs long after signing — the certificates of the
 * signature and of its timestamp, and the CA's CRL — stored in the PDF's
 * Document Security Store (/DSS in the catalog), written as an incremental
 * update after the signed bytes. The signature's /ByteRange still covers the
 * original revision exactly; a DSS revision is the one kind of change after a
 * signature that PAdES foresees (it adds no content, only validation data).
 *
 * pdf-lib reads the signed file (the catalog, the trailer); the update itself
 * is a few objects, a cross-reference section and a trailer with /Prev,
 * written here because pdf-lib only ever saves a whole new file, which would
 * break the signature.
 */

export type ValidationData = {
  /** DER certificates (signer, its chain, the TSA's). */
  certificates: Buffer[];
  /** DER CRLs. */
  crls: Buffer[];
};

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

function uniqueBuffers(buffers: Buffer[]): Buffer[] {
  const seen = new Set<string>();
  return buffers.filter((buffer) => {
    const key = buffer.toString("base64");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The certificates a CMS carries, and those of its signature-time-stamp token: what the DSS lists under /Certs. */
export function certificatesOfSignature(cms: Uint8Array): Buffer[] {
  const signedData = parseSignedData(cms);
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const token = signedData.signerInfos[0]?.unsignedAttrs?.attributes.find((attribute) => attribute.type === OID.signatureTimeStampToken)?.values[0];
  if (token) {
    const tokenData = parseSignedData(new Uint8Array(token.toBER()));
    certificates.push(...(tokenData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate));
  }
  return uniqueBuffers(certificates.map((certificate) => Buffer.from(certificate.toSchema().toBER())));
}

/** The signature's /Contents exactly as the file holds it (hex-decoded, padding included): its SHA-1 names the /VRI entry. */
function signatureContents(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].at(-1);
  if (!ranges) throw new Error("The PDF carries no signature /ByteRange");
  const gapStart = Number(ranges[1]) + Number(ranges[2]);
  const gapEnd = Number(ranges[3]);
  const hex = text.slice(gapStart, gapEnd).replace(/^</, "").replace(/>$/, "");
  return Buffer.from(hex, "hex");
}

const pad10 = (n: number) => String(n).padStart(10, "0");

/**
 * `signedPdf` with a DSS revision appended: /Certs, /CRLs and a /VRI entry for
 * the (last) signature, keyed by the SHA-1 of its /Contents, naming the same
 * streams. The signed bytes are not touched.
 */
export async function appendDocumentSecurityStore(signedPdf: Uint8Array, data: ValidationData): Promise<Buffer> {
  const original = Buffer.from(signedPdf);
  const document = await PDFDocument.load(original, { updateMetadata: false });
  const { context } = document;
  const rootRef = context.trailerInfo.Root;
  if (!(rootRef instanceof PDFRef)) throw new Error("The PDF's trailer names no catalog");
  const catalog = context.lookup(rootRef, PDFDict).clone();
  const startxref = [...original.toString("latin1").matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1];
  if (!startxref) throw new Error("The PDF has no startxref");

  let nextNumber = context.largestObjectNumber + 1;
  const objects: { number: number; generation: number; body: Buffer }[] = [];
  const add = (body: Buffer): PDFRef => {
    const number = nextNumber++;
    objects.push({ number, generation: 0, body });
    return PDFRef.of(number);
  };
  const stream = (bytes: Buffer) =>
    Buffer.concat([Buffer.from(`<< /Length ${bytes.length} >>\nstream\n`, "latin1"), bytes, Buffer.from("\nendstream", "latin1")]);
  const refList = (refs: PDFRef[]) => `[${refs.map((ref) => ref.toString()).join(" ")}]`;

  const certificateRefs = uniqueBuffers(data.certificates).map((der) => add(stream(der)));
  const crlRefs = uniqueBuffers(data.crls).map((der) => add(stream(der)));
  const vriKey = createHash("sha1").update(signatureContents(original)).digest("hex").toUpperCase();
  const vriRef = add(Buffer.from(`<< /Type /VRI /Cert ${refList(certificateRefs)}${crlRefs.length ? ` /CRL ${refList(crlRefs)}` : ""} >>`, "latin1"));
  const dssRef = add(
    Buffer.from(
      `<< /Type /DSS /Certs ${refList(certificateRefs)}${crlRefs.length ? ` /CRLs ${refList(crlRefs)}` : ""} /VRI << /${vriKey} ${vriRef} >> >>`,
      "latin1",
    ),
  );
  catalog.set(PDFName.of("DSS"), dssRef);
  // The PAdES extension (ISO 32000 extension level 5), as readers that write a DSS declare it.
  if (!catalog.has(PDFName.of("Extensions"))) {
    catalog.set(PDFName.of("Extensions"), context.obj({ ESIC: { BaseVersion: PDFName.of("1.7"), ExtensionLevel: 5 } }));
  }
  objects.unshift({ number: rootRef.objectNumber, generation: rootRef.generationNumber, body: Buffer.from(catalog.toString(), "latin1") });

  const chunks: Buffer[] = [original];
  let offset = original.length;
  if (!original.toString("latin1", original.length - 1).match(/[\r\n]/)) {
    chunks.push(Buffer.from("\n"));
    offset += 1;
  }
  const offsets = new Map<number, number>();
  for (const object of objects) {
    const bytes = Buffer.concat([Buffer.from(`${object.number} ${object.generation} obj\n`, "latin1"), object.body, Buffer.from("\nendobj\n", "latin1")]);
    offsets.set(object.number, offset);
    chunks.push(bytes);
    offset += bytes.length;
  }
  // One subsection for the catalog, one for the new objects (consecutive numbers).
  const first = objects[1]!.number;
  const lines = [
    "xref",
    `${rootRef.objectNumber} 1`,
    `${pad10(offsets.get(rootRef.objectNumber)!)} ${String(rootRef.generationNumber).padStart(5, "0")} n `,
    `${first} ${objects.length - 1}`,
    ...objects.slice(1).map((object) => `${pad10(offsets.get(object.number)!)} 00000 n `),
  ];
  const trailer: string[] = [`/Size ${nextNumber}`, `/Root ${rootRef.toString()}`, `/Prev ${startxref}`];
  const { Info, ID } = context.trailerInfo as { Info?: PDFObject; ID?: PDFObject };
  if (Info) trailer.push(`/Info ${Info.toString()}`);
  if (ID) trailer.push(`/ID ${ID.toString()}`);
  chunks.push(Buffer.from(`${lines.join("\n")}\ntrailer\n<< ${trailer.join(" ")} >>\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
  return Buffer.concat(chunks);
}

/** The DSS of a PDF as stored (certificates and CRLs, DER), or null when it has none: what tests and /verifikasi's record read. */
export async function readDocumentSecurityStore(pdf: Uint8Array): Promise<(ValidationData & { vriKeys: string[] }) | null> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const dss = document.catalog.lookupMaybe(PDFName.of("DSS"), PDFDict);
  if (!dss) return null;
  const streams = (key: string) =>
    (dss.lookupMaybe(PDFName.of(key), PDFArray)?.asArray() ?? []).flatMap((entry) => {
      const object = entry instanceof PDFRef ? document.context.lookup(entry) : entry;
      return object instanceof PDFRawStream ? [Buffer.from(object.getContents())] : [];
    });
  const vri = dss.lookupMaybe(PDFName.of("VRI"), PDFDict);
  return {
    certificates: streams("Certs"),
    crls: streams("CRLs"),
    vriKeys: vri ? vri.keys().map((name) => name.decodeText()) : [],
  };
}

/** A DER CRL as pkijs reads it (tests check its issuer and validity). */
export function parseCrl(der: Uint8Array): pkijs.CertificateRevocationList {
  return pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
}
