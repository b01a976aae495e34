import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderOutputPdf, type OutputPdfInput } from "./render-output-pdf";
import { pdfText } from "@/tests/support/pdf-tools";
import { prepareSigningTestEnvironment } from "@/tests/support/signing-environment";

prepareSigningTestEnvironment();

const input: OutputPdfInput = {
  documentId: "0b8f3c1e-5a8e-4e0c-9a55-1f0d2c3b4a59",
  agency: {
    nameId: "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya",
    nameEn: "Harapan Jaya City Population and Civil Registration Office",
    timezone: "Asia/Jakarta",
  },
  service: { nameId: "KTP-el Baru (Perekaman Pertama)", nameEn: "New e-KTP (first recording)" },
  output: { id: "Kartu Tanda Penduduk elektronik (KTP-el).", en: "An electronic ID card (e-KTP)." },
  holderName: "Siti Rahayu",
  nikMasked: "3275**********01",
  trackingNumber: "DISDUKCAPIL-2026-000123",
  issuedAt: new Date("2026-11-24T03:15:00Z"),
  verificationCode: "7K3M-Q9RT-2HXW",
  verificationUrl: "http://localhost:3000/verifikasi/7K3M-Q9RT-2HXW",
  verificationPageUrl: "http://localhost:3000/verifikasi",
};

// Each render signs (PAdES) with a key made on first use: slower than drawing alone.
describe("renderOutputPdf", { timeout: 60_000 }, () => {
  it("renders one A4 page with the document's metadata, the same bytes every time", async () => {
    const bytes = await renderOutputPdf(input);
    expect(await renderOutputPdf(input)).toEqual(bytes);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe("Kartu Tanda Penduduk elektronik (KTP-el). (DISDUKCAPIL-2026-000123)");
    expect(pdf.getKeywords()).toContain("7K3M-Q9RT-2HXW");
    expect(pdf.getCreationDate()).toEqual(input.issuedAt);
  });

  it("states the document's particulars and, for one that expires, until when it is valid; a long list gives its first entries", async () => {
    const items = Array.from({ length: 12 }, (_, index) => `Barang: Dompet ${index + 1}`).join("\n");
    const bytes = await renderOutputPdf({
      ...input,
      validUntil: new Date("2027-05-24T03:15:00Z"),
      particulars: [
        { label: { id: "Nama kegiatan", en: "Event name" }, value: { id: "Festival Kenanga", en: "Festival Kenanga" } },
        { label: { id: "Tanggal mulai", en: "Start date" }, value: { id: "9 Januari 2027", en: "9 January 2027" } },
        { label: { id: "Barang yang hilang", en: "Lost items" }, value: { id: items, en: items.replaceAll("Barang", "Item") } },
      ],
    });
    const text = pdfText(bytes).replace(/\s+/g, " ");
    expect(text).toContain("Berlaku sampai");
    expect(text).toContain("24 Mei 2027");
    expect(text).toContain("Nama kegiatan");
    expect(text).toContain("Event name");
    expect(text).toContain("Valid until");
    expect(text).toContain("Festival Kenanga");
    expect(text.match(/Festival Kenanga/g)).toHaveLength(1);
    expect(text).toContain("9 Januari 2027");
    expect(text).toContain("9 January 2027");
    // Twelve items: the first seven, then how many more.
    expect(text).toContain("Barang: Dompet 7");
    expect(text).not.toContain("Barang: Dompet 8");
    expect(text).toContain("… (+5)");
  });

  it("draws names the standard fonts cannot encode instead of failing", async () => {
    const bytes = await renderOutputPdf({ ...input, holderName: "Nguyễn Thị Ánh 李小龍 Łukasz 😀\u200b", nikMasked: null });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });

  it("keeps very long texts on the page, moving the verification block on only when nothing else helps", async () => {
    const long = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");
    const crowded = await renderOutputPdf({
      ...input,
      output: { id: long("Surat Keterangan", 40), en: long("Certificate", 40) },
      holderName: long("Raden Mas Bagus Hadiwijaya", 8),
    });
    expect((await PDFDocument.load(crowded)).getPageCount()).toBe(1);
    const overflowing = await renderOutputPdf({
      ...input,
      agency: { ...input.agency, nameId: long("Dinas", 80), nameEn: long("Office", 80) },
      service: { nameId: long("Layanan", 60), nameEn: long("Service", 60) },
      holderName: long("Raden Mas Bagus Hadiwijaya", 8),
      output: { id: long("Surat Keterangan", 40), en: long("Certificate", 40) },
      verificationPageUrl: `https://${long("layanan", 30).replace(/ /g, ".")}.go.id/verifikasi`,
    });
    expect((await PDFDocument.load(overflowing)).getPageCount()).toBe(2);
  });
});
