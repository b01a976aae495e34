import { describe, expect, it } from "vitest";
import { nssDatabaseTrusting, pdfsig, qpdfCheck, writeTemp } from "@/tests/support/pdf-tools";
import { renderOutputPdf, type OutputPdfInput } from "../render-output-pdf";
import { prepareSigningTestEnvironment } from "@/tests/support/signing-environment";
import { portalCaCertificatePem } from "./portal-pki";
import { SignerUnavailableError, type Signer } from "./signer";
import { saveWithPadesSignature } from "./pades";
import { PDFDocument } from "pdf-lib";

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
