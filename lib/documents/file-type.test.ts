import { describe, expect, it } from "vitest";
import { extensionFor, hasPdfTrailer, MAX_FILE_NAME_LENGTH, safeFileName, sniffFileType } from "./file-type";
import { EXE_HEAD, HTML_AS_PDF, JPEG_BYTES, PDF_BYTES, PNG_BYTES, ZIP_HEAD, ascii } from "@/tests/fixtures/documents";

describe("sniffFileType", () => {
  it.each([
    ["a PDF", PDF_BYTES, "application/pdf"],
    ["a JPEG", JPEG_BYTES, "image/jpeg"],
    ["a PNG", PNG_BYTES, "image/png"],
  ] as const)("recognises %s by its magic bytes", (_, bytes, type) => {
    expect(sniffFileType(bytes)).toBe(type);
  });

  it.each([
    ["HTML", HTML_AS_PDF],
    ["a Windows executable", EXE_HEAD],
    ["a ZIP (also .docx)", ZIP_HEAD],
    ["an SVG", ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a GIF", ascii("GIF89a\x01\x00\x01\x00")],
    ["nothing", new Uint8Array()],
  ])("rejects %s", (_, bytes) => {
    expect(sniffFileType(bytes)).toBeNull();
  });

  it("insists on the signature at offset 0 and on all of it", () => {
    expect(sniffFileType(ascii(" %PDF-1.7"))).toBeNull();
    expect(sniffFileType(ascii("%PDF"))).toBeNull();
    expect(sniffFileType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(sniffFileType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe("hasPdfTrailer", () => {
  it("finds %%EOF at the end, or followed by a little trailing whitespace or junk", () => {
    expect(hasPdfTrailer(PDF_BYTES)).toBe(true);
    expect(hasPdfTrailer(ascii("...startxref\n123\n%%EOF\r\n\0\0"))).toBe(true);
  });

  it("rejects a truncated PDF and one whose %%EOF is further than 1024 bytes from the end", () => {
    expect(hasPdfTrailer(PDF_BYTES.subarray(0, PDF_BYTES.length - 10))).toBe(false);
    const farEof = new Uint8Array([...ascii("%%EOF"), ...new Uint8Array(1024)]);
    expect(hasPdfTrailer(farEof)).toBe(false);
    expect(hasPdfTrailer(farEof.subarray(1))).toBe(false);
  });
});

describe("extensionFor", () => {
  it("gives the canonical extension", () => {
    expect(extensionFor("application/pdf")).toBe("pdf");
    expect(extensionFor("image/jpeg")).toBe("jpg");
    expect(extensionFor("image/png")).toBe("png");
  });
});

describe("safeFileName", () => {
  it("keeps an ordinary name", () => {
    expect(safeFileName("KTP Siti Rahayu.pdf")).toBe("KTP Siti Rahayu.pdf");
    expect(safeFileName("KTP Siti Rahayu.pdf", "application/pdf")).toBe("KTP Siti Rahayu.pdf");
  });

  it("drops every path component", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("..\\..\\Windows\\system.ini")).toBe("system.ini");
    expect(safeFileName("/var/www/../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("..")).toBe("dokumen");
    expect(safeFileName("../", "image/png")).toBe("dokumen.png");
  });

  it("removes control and invisible characters, including a bidi override that fakes the extension", () => {
    expect(safeFileName("surat\u0000\u0007\r\n.pdf")).toBe("surat.pdf");
    expect(safeFileName("foto\u202egpj.exe")).toBe("fotogpj.exe");
    expect(safeFileName("foto\u202egpj.exe", "image/jpeg")).toBe("fotogpj.exe.jpg");
  });

  it("neutralises hidden-file dots, reserved characters and stray whitespace", () => {
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName('a<b>c:d"e|f?g*h.png')).toBe("a_b_c_d_e_f_g_h.png");
    expect(safeFileName("  scan   ktp .  ")).toBe("scan ktp");
    expect(safeFileName("")).toBe("dokumen");
  });

  it("keeps Unicode letters, normalised to NFC", () => {
    expect(safeFileName("Akta kelahiran – Ñandú 日本語.pdf")).toBe("Akta kelahiran – Ñandú 日本語.pdf");
    expect(safeFileName("Cafe\u0301.png")).toBe("Caf\u00e9.png");
  });

  it("makes the extension match the sniffed type, without hiding an unrelated one", () => {
    expect(safeFileName("ktp.pdf", "image/png")).toBe("ktp.png");
    expect(safeFileName("FOTO.JPEG", "image/jpeg")).toBe("FOTO.jpg");
    expect(safeFileName("laporan.docx", "application/pdf")).toBe("laporan.docx.pdf");
    expect(safeFileName("scan", "application/pdf")).toBe("scan.pdf");
    expect(safeFileName("versi 2.0 final", "application/pdf")).toBe("versi 2.0 final.pdf");
  });

  it("limits very long names to 120 characters, keeping the extension", () => {
    const name = safeFileName(`${"a".repeat(500)}.pdf`, "application/pdf");
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("a.pdf")).toBe(true);
    expect(safeFileName("b".repeat(500))).toHaveLength(MAX_FILE_NAME_LENGTH);
  });

  it("never cuts a character in half when shortening", () => {
    const name = safeFileName(`${"😀".repeat(200)}.png`, "image/png");
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).toBe(`${"😀".repeat(116)}.png`);
    // A flag is two code points; the last one must not be left half there.
    const flags = safeFileName(`${"🇮🇩".repeat(100)}.pdf`);
    expect(flags).toBe(`${"🇮🇩".repeat(58)}.pdf`);
  });
});
