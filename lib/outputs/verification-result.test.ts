import { describe, expect, it } from "vitest";
import { translator } from "@/lib/platform/i18n/messages";
import { canonicalJson } from "./canonical-record";
import { ktpOutputRecord as record } from "./test-support";
import { verificationView, type VerificationResult } from "./verification-result";

const agency = { nameId: "Dinas Kependudukan", nameEn: "Population Office", timezone: "Asia/Jakarta" };
const signed = { signature: "s".repeat(86), keyId: "ed25519-0123456789abcdef" };

describe("verificationView", () => {
  it("says unknown in words, with an explanation that fits how the visitor asked", () => {
    const code = verificationView({ state: "unknown" }, "code", "id", translator("id"));
    expect(code).toMatchObject({ state: "unknown", title: "Dokumen tidak dikenal", details: [] });
    expect(code.explanation).toMatch(/kode/);
    expect(code.signed).toBeUndefined();
    expect(verificationView({ state: "unknown" }, "file", "en", translator("en")).explanation).toMatch(/^This file matches no document/);
  });

  it("lists the signed details, the issue time in the agency's zone, and what a third party needs", () => {
    const result: VerificationResult = { state: "valid", record, issuedAt: new Date(record.issuedAt), revokedAt: null, revokedReason: null, agency, ...signed };
    const view = verificationView(result, "code", "en", translator("en"));
    expect(view.title).toBe("Valid document");
    expect(Object.fromEntries(view.details.map((d) => [d.label, d.value]))).toMatchObject({
      Service: "New e-KTP",
      "Issuing agency": "Population Office",
      "Holder (masked)": "S*** R*****",
      Issued: "24 Nov 2026, 10:15 WIB",
      "Application number": "DISDUKCAPIL-2026-000001",
    });
    expect(view.signed).toEqual({ canonicalRecord: canonicalJson(record), ...signed });
  });

  it("shows when and why a document was revoked", () => {
    const revokedAt = new Date("2026-11-25T02:00:00Z");
    const result: VerificationResult = {
      state: "revoked",
      record,
      issuedAt: new Date(record.issuedAt),
      revokedAt,
      revokedReason: "Nama salah ketik.",
      agency,
      ...signed,
    };
    const view = verificationView(result, "code", "id", translator("id"));
    expect(view.title).toBe("Dokumen dicabut");
    expect(view.details.at(-2)).toEqual({ label: "Dicabut", value: "25 Nov 2026, 09.00 WIB" });
    expect(view.details.at(-1)).toEqual({ label: "Alasan pencabutan", value: "Nama salah ketik." });
  });

  it("is versioned: a version 2 record names the embedded PAdES signature, a version 1 record (issued before it) says it predates it", () => {
    const base = { issuedAt: new Date(record.issuedAt), revokedAt: null, revokedReason: null, agency, ...signed } as const;
    const legacy = verificationView({ state: "valid", record, ...base }, "code", "en", translator("en"));
    expect(record.v).toBe(1);
    expect(legacy.details.find((d) => d.label === "Signature in the PDF")?.value).toMatch(/^None: this document was issued before PAdES/);
    const pdfSignature = { format: "PAdES-B-T", signer: "Dinas Kependudukan", certificateSha256: "c".repeat(64) } as const;
    const current = verificationView({ state: "valid", record: { ...record, v: 2, pdfSignature }, ...base }, "code", "id", translator("id"));
    expect(current.details.find((d) => d.label === "Tanda tangan dalam PDF")?.value).toMatch(/^PAdES-B-T, ditandatangani oleh Dinas Kependudukan/);
    expect(current.details.find((d) => d.label === "SHA-256 sertifikat penanda tangan")?.value).toBe("c".repeat(64));
  });

  it("refuses an expired document with its reason and the date it ended", () => {
    const expiresAt = new Date("2027-05-24T03:15:00Z");
    const result: VerificationResult = {
      state: "expired",
      record,
      issuedAt: new Date(record.issuedAt),
      expiresAt,
      revokedAt: null,
      revokedReason: null,
      agency,
      ...signed,
    };
    const view = verificationView(result, "code", "en", translator("en"));
    expect(view).toMatchObject({ state: "expired", title: "Expired document" });
    expect(view.explanation).toMatch(/validity period has ended/);
    expect(view.details).toContainEqual({ label: "Valid until", value: "24 May 2027, 10:15 WIB" });
  });
});
