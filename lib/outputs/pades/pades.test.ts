import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { nssDatabaseTrusting, pdfsig, qpdfCheck, writeTemp } from "@/tests/support/pdf-tools";
import { renderOutputPdf, type OutputPdfInput } from "../render-output-pdf";
import { prepareSigningTestEnvironment } from "@/tests/support/signing-environment";
import { portalCaCertificatePem } from "./portal-pki";
import { SignerUnavailableError, type Signer } from "./signer";
import { saveWithPadesSignature } from "./pades";
import { PDFDocument } from "pdf-lib";
import { parseCrl, readDocumentSecurityStore } from "./dss";
import { derOf, portalCaIssuer } from "./portal-pki";
import { remoteSigner } from "./signer";
import { SIMULATOR_TOKEN, startSigningServiceSimulator, type SimulatedServices } from "./signing-service-simulator";
import { useTimestampAuthorityForTests } from "./timestamp";
import { createHash } from "node:crypto";

prepareSigningTestEnvironment();

// Signed now: pdfsig checks the certificate at the signing time, and the demo CA is created on first use.
const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 5_000);
const input: OutputPdfInput = {
  documentId: "0b8f3c1e-5a8e-4e0c-9a55-1f0d2c3b4a59",
  agency: { nameId: "Dinas Kependudukan dan Pencatatan Sipil", nameEn: "Civil Registration Office", timezone: "Asia/Jakarta", code: "DISDUKCAPIL" },
  service: { nameId: "Akta Kelahiran", nameEn: "Birth certificate" },
  output: { id: "Akta kelahiran.", en: "A birth certificate." },
  holderName: "Siti Rahayu",
  nikMasked: "3275**********01",
  trackingNumber: "DISDUKCAPIL-2026-000123",
  issuedAt,
  verificationCode: "7K3M-Q9RT-2HXW",
  verificationUrl: "http://localhost:3000/verifikasi/7K3M-Q9RT-2HXW",
  verificationPageUrl: "http://localhost:3000/verifikasi",
  signedBy: { name: "Budi Santoso", role: { id: "Petugas Layanan", en: "Service officer" } },
};

describe("PAdES signature in output PDFs (checked by pdfsig and qpdf)", () => {
  it("is valid, covers the whole document, names the agency's certificate and the time, and chains to the portal CA", { timeout: 60_000 }, async () => {
    const file = writeTemp(await renderOutputPdf(input));
    const report = pdfsig(file, nssDatabaseTrusting(portalCaCertificatePem()));
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Signer Certificate Common Name: Dinas Kependudukan dan Pencatatan Sipil");
    expect(report).toMatch(/Signing Time: \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2}/);
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    const check = qpdfCheck(file);
    expect(check.output).toContain("No syntax or stream encoding errors found");
    expect(check.ok).toBe(true);
  });

  it("is reported invalid after a one-byte change inside the signed range", { timeout: 60_000 }, async () => {
    const bytes = Buffer.from(await renderOutputPdf(input));
    // A byte of the page content (the holder's name), far from the signature's /Contents.
    const at = bytes.indexOf("Siti Rahayu") >= 0 ? bytes.indexOf("Siti Rahayu") : 400;
    bytes[at] = bytes[at]! ^ 0x01;
    const report = pdfsig(writeTemp(bytes), nssDatabaseTrusting(portalCaCertificatePem()));
    expect(report).not.toContain("Signature is Valid.");
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it("the CA is not trusted by a verifier that does not know it: pdfsig says so, the signature itself stays valid", { timeout: 60_000 }, async () => {
    const file = writeTemp(await renderOutputPdf(input));
    const report = pdfsig(file, nssDatabaseTrusting("")); // an empty trust store
    expect(report).toContain("Signature is Valid.");
    expect(report).not.toContain("Certificate is Trusted.");
  });

  it("a signer outage fails the save with SignerUnavailableError: nothing unsigned comes out", async () => {
    const down: Signer = {
      kind: "remote",
      signHash: async () => {
        throw new SignerUnavailableError("down");
      },
    };
    const pdf = await PDFDocument.create();
    const page = pdf.addPage();
    const save = saveWithPadesSignature(pdf, {
      party: null,
      signerName: "x",
      reason: "x",
      location: "x",
      contactInfo: "x",
      signingTime: new Date(),
      page,
      rect: [0, 0, 10, 10],
      signer: down,
    });
    await expect(save).rejects.toBeInstanceOf(SignerUnavailableError);
  });
});

describe("PAdES B-LT: the Document Security Store (checked by pdfsig, qpdf and by parsing the PDF)", () => {
  let services: SimulatedServices;
  beforeAll(async () => {
    services = await startSigningServiceSimulator();
  });
  afterEach(() => useTimestampAuthorityForTests(undefined));
  afterAll(() => services.close());

  it(
    "a timestamped signature by the local signer gets a DSS revision with the certificates and the portal CA's CRL; pdfsig and qpdf accept it",
    { timeout: 60_000 },
    async () => {
      useTimestampAuthorityForTests(services.tsaUrl);
      const bytes = await renderOutputPdf(input);
      const file = writeTemp(bytes);
      const nss = nssDatabaseTrusting(portalCaCertificatePem());
      const report = pdfsig(file, nss);
      expect(report).toContain("Signature Validation: Signature is Valid.");
      expect(report).toContain("Certificate Validation: Certificate is Trusted.");
      // pdfsig says "Not total document signed" for any revision after a signature, a DSS one included; the signed
      // revision itself is intact: cut where the signed range ends, the file is the whole signed document, unmodified.
      const ranges = /Signed Ranges: \[0 - (\d+)\], \[(\d+) - (\d+)\]/.exec(report);
      expect(ranges).not.toBeNull();
      const signedRevision = Buffer.from(bytes).subarray(0, Number(ranges![3]));
      expect(Buffer.from(bytes).subarray(signedRevision.length).toString("latin1")).toMatch(/^\s*\d+ 0 obj\n<<[^]*\/DSS \d+ 0 R/);
      const revisionReport = pdfsig(writeTemp(signedRevision), nss);
      expect(revisionReport).toContain("Total document signed");
      expect(revisionReport).toContain("Signature Validation: Signature is Valid.");
      const check = qpdfCheck(file);
      expect(check.output).toContain("No syntax or stream encoding errors found");
      expect(check.ok).toBe(true);

      const dss = await readDocumentSecurityStore(bytes);
      expect(dss).not.toBeNull();
      // The CRL is the portal CA's: issued by it, signature checking out against its key, current.
      expect(dss!.crls).toHaveLength(1);
      const crl = parseCrl(dss!.crls[0]!);
      const ca = portalCaIssuer().certificate;
      expect(crl.issuer.typesAndValues.find((entry) => entry.type === "2.5.4.3")?.value.valueBlock.value).toBe("SatuPintu Portal CA");
      expect(crl.nextUpdate!.value.getTime()).toBeGreaterThan(Date.now());
      const caDer = derOf(ca);
      expect(dss!.certificates.some((der) => der.equals(caDer))).toBe(true);
      // Signer, CA and TSA certificates.
      expect(dss!.certificates.length).toBeGreaterThanOrEqual(3);
      // One /VRI entry, keyed by the SHA-1 of the signature's /Contents.
      const contents = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(Buffer.from(bytes).toString("latin1"))?.[1] ?? "";
      expect(dss!.vriKeys).toEqual([createHash("sha1").update(Buffer.from(contents, "hex")).digest("hex").toUpperCase()]);
    },
  );

  it("the signed revision is untouched: a byte changed inside it still makes pdfsig report the signature invalid", { timeout: 60_000 }, async () => {
    useTimestampAuthorityForTests(services.tsaUrl);
    const bytes = Buffer.from(await renderOutputPdf(input));
    bytes[200] = bytes[200]! ^ 0x01;
    expect(pdfsig(writeTemp(bytes), nssDatabaseTrusting(portalCaCertificatePem()))).not.toContain("Signature is Valid.");
  });

  it("without a timestamp (B-B) or with a remote signer, whose CA's CRL the portal does not hold (B-T), no DSS is written", { timeout: 60_000 }, async () => {
    expect(await readDocumentSecurityStore(await renderOutputPdf(input))).toBeNull();
    useTimestampAuthorityForTests(services.tsaUrl);
    const pdf = await PDFDocument.create();
    const page = pdf.addPage();
    const remote = await saveWithPadesSignature(pdf, {
      party: null,
      signerName: "x",
      reason: "x",
      location: "x",
      contactInfo: "x",
      signingTime: new Date(),
      page,
      rect: [0, 0, 10, 10],
      signer: remoteSigner(services.signerUrl, SIMULATOR_TOKEN, 5_000),
    });
    expect(await readDocumentSecurityStore(remote)).toBeNull();
    expect(pdfsig(writeTemp(remote), nssDatabaseTrusting(portalCaCertificatePem()))).toContain("Signature is Valid.");
  });
});
