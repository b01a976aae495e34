import { z } from "zod";

/**
 * The record the portal signs when it issues an output document (DESIGN.md §7).
 * It names the document, the service and the agency, the holder only by a
 * masked name, the issue moment and the SHA-256 of the PDF. Anyone holding the
 * published public key can check a signature against it; the portal itself
 * re-checks it on every verification, so an edited database row is caught.
 */
export const OUTPUT_RECORD_VERSION = 2;
/** Records of documents issued before PDFs carried an embedded PAdES signature: they keep verifying (DESIGN.md §16). */
export const LEGACY_OUTPUT_RECORD_VERSION = 1;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Version 2: the PAdES signature embedded in the PDF, so /verifikasi can say who signed it and with which certificate.
 * The level (ETSI EN 319 142-1): B-B signed; B-T with an RFC 3161 timestamp; B-LT also with the validation data
 * (certificates, the CA's CRL) in the PDF's Document Security Store. A B-T document whose CRL was not at hand says so.
 */
export const pdfSignatureSchema = z.strictObject({
  format: z.enum(["PAdES-B-B", "PAdES-B-T", "PAdES-B-LT"]),
  /** The signing certificate's common name (the agency, or the portal). */
  signer: z.string().min(1).max(200),
  certificateSha256: sha256HexSchema,
});
export type PdfSignature = z.infer<typeof pdfSignatureSchema>;

const recordShape = z.strictObject({
  v: z.union([z.literal(LEGACY_OUTPUT_RECORD_VERSION), z.literal(OUTPUT_RECORD_VERSION)]),
  documentId: z.string().min(1).max(64),
  verificationCode: z.string().min(1).max(32),
  service: z.strictObject({
    slug: z.string().min(1),
    nameId: z.string().min(1),
    nameEn: z.string().min(1),
  }),
  agencyCode: z.string().min(1),
  holderNameMasked: z.string(),
  trackingNumber: z.string().min(1),
  // Always the UTC form toISOString() writes, so the text is one per instant.
  issuedAt: z.iso.datetime({ precision: 3 }),
  pdfSha256: sha256HexSchema,
  pdfSignature: pdfSignatureSchema.optional(),
});

/** Version 1 has no pdfSignature, version 2 always has one. */
export const outputRecordSchema = recordShape.refine((record) => (record.v === OUTPUT_RECORD_VERSION) === (record.pdfSignature !== undefined));
export type OutputRecord = z.infer<typeof outputRecordSchema>;

/** The stored JSON as a record, or null when it is not one (an edited row, a future version). */
export function parseOutputRecord(json: unknown): OutputRecord | null {
  const parsed = outputRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * JSON with object keys sorted (by UTF-16 code units, as JavaScript sorts) and
 * no whitespace. PostgreSQL's jsonb keeps neither key order nor spacing, so
 * the signature is over this form, which the stored record always reproduces.
 * For strings, integers and these shapes it agrees with RFC 8785 (JCS), so a
 * third party can rebuild the signed bytes with any JCS library.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    // Floats have several textual forms across languages; the record has none.
    if (!Number.isSafeInteger(value)) throw new Error("canonicalJson: only safe integers are supported");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(",")}}`;
}

/** The exact bytes that are signed: the canonical JSON of the record, UTF-8. */
export function canonicalRecordBytes(record: OutputRecord): Uint8Array {
  return new TextEncoder().encode(canonicalJson(record));
}

export function buildOutputRecord(input: {
  documentId: string;
  verificationCode: string;
  service: { slug: string; nameId: string; nameEn: string };
  agencyCode: string;
  holderName: string;
  trackingNumber: string;
  issuedAt: Date;
  pdfSha256: string;
  /** The embedded PAdES signature: given, the record is version 2; without it, a version 1 record as before. */
  pdfSignature?: PdfSignature;
}): OutputRecord {
  return outputRecordSchema.parse({
    v: input.pdfSignature ? OUTPUT_RECORD_VERSION : LEGACY_OUTPUT_RECORD_VERSION,
    ...(input.pdfSignature ? { pdfSignature: input.pdfSignature } : {}),
    documentId: input.documentId,
    verificationCode: input.verificationCode,
    service: { slug: input.service.slug, nameId: input.service.nameId, nameEn: input.service.nameEn },
    agencyCode: input.agencyCode,
    holderNameMasked: maskName(input.holderName),
    trackingNumber: input.trackingNumber,
    issuedAt: input.issuedAt.toISOString(),
    pdfSha256: input.pdfSha256,
  });
}

/**
 * "Siti Rahayu" → "S*** R******": the first character of each word, the rest
 * starred. Enough for someone holding the paper to see it is the same person,
 * too little to learn a name from a verification code.
 */
export function maskName(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const [first = "", ...rest] = Array.from(word);
      return first + "*".repeat(rest.length);
    })
    .join(" ");
}
