import { describe, expect, it } from "vitest";
import { ALLOWED_UPLOAD_TYPES } from "@/lib/catalog/form-definition";
import { isMessageKey, translate } from "@/lib/platform/i18n/messages";
import { EXE_HEAD, HTML_AS_PDF, JPEG_BYTES, PDF_BYTES, PNG_BYTES, ZIP_HEAD, ascii } from "@/tests/fixtures/documents";
import type { UploadType } from "./file-type";
import {
  checkUpload,
  DEFAULT_MAX_APPLICATION_MB,
  DEFAULT_MAX_FILE_MB,
  describeAccept,
  formatBytes,
  mbToBytes,
  probeOf,
  type UploadProbe,
} from "./upload-rules";

const MB = 1024 * 1024;
const anyType = { accept: [...ALLOWED_UPLOAD_TYPES], maxSizeMb: DEFAULT_MAX_FILE_MB };
const pdfOnly = { accept: ["application/pdf"] as UploadType[], maxSizeMb: DEFAULT_MAX_FILE_MB };
const freshApplication = { currentApplicationBytes: 0, maxApplicationBytes: mbToBytes(DEFAULT_MAX_APPLICATION_MB) };

/** A probe of a file of `size` bytes that begins and ends like `sample` (the middle is never read). */
const sized = (sample: Uint8Array, size: number, declaredName = "berkas.pdf"): UploadProbe => ({
  ...probeOf(sample, declaredName),
  size,
});

describe("checkUpload", () => {
  it.each([
    ["ktp.pdf", PDF_BYTES, "application/pdf", "pdf", "ktp.pdf"],
    ["pas foto.jpeg", JPEG_BYTES, "image/jpeg", "jpg", "pas foto.jpg"],
    ["kk.png", PNG_BYTES, "image/png", "png", "kk.png"],
  ] as const)("accepts %s as its real type", (name, bytes, mimeType, extension, fileName) => {
    expect(checkUpload(probeOf(bytes, name), anyType, freshApplication)).toEqual({ ok: true, mimeType, extension, fileName });
  });

  it("goes by the bytes, not the name: a PNG renamed .pdf is a PNG", () => {
    const renamed = probeOf(PNG_BYTES, "ijazah.pdf");
    expect(checkUpload(renamed, anyType, freshApplication)).toEqual({
      ok: true,
      mimeType: "image/png",
      extension: "png",
      fileName: "ijazah.png",
    });
    expect(checkUpload(renamed, pdfOnly, freshApplication)).toEqual({ ok: false, messageKey: "upload.typeNotAccepted" });
  });

  it.each([
    ["HTML", HTML_AS_PDF],
    ["a Windows executable", EXE_HEAD],
    ["a ZIP archive", ZIP_HEAD],
    ["plain text", ascii("Ini bukan PDF, hanya teks biasa.")],
  ])("rejects %s named .pdf", (_, bytes) => {
    expect(checkUpload(probeOf(bytes, "surat.pdf"), anyType, freshApplication)).toEqual({
      ok: false,
      messageKey: "upload.typeNotAllowed",
    });
  });

  it("rejects an empty file", () => {
    expect(checkUpload(probeOf(new Uint8Array(), "kosong.pdf"), anyType, freshApplication)).toEqual({
      ok: false,
      messageKey: "upload.empty",
    });
  });

  it("rejects a PDF header without a PDF ending (truncated, or a disguised payload)", () => {
    const truncated = PDF_BYTES.subarray(0, PDF_BYTES.length - 20);
    expect(checkUpload(probeOf(truncated, "akta.pdf"), anyType, freshApplication)).toEqual({
      ok: false,
      messageKey: "upload.pdfIncomplete",
    });
    const disguised = ascii("%PDF-1.7\n<html><script>alert(1)</script></html>");
    expect(checkUpload(probeOf(disguised, "akta.pdf"), anyType, freshApplication)).toMatchObject({ ok: false });
  });

  describe("the per-file limit", () => {
    it("accepts a file of exactly the limit and rejects one byte more", () => {
      expect(checkUpload(sized(PDF_BYTES, 5 * MB), anyType, freshApplication)).toMatchObject({ ok: true });
      expect(checkUpload(sized(PDF_BYTES, 5 * MB + 1), anyType, freshApplication)).toEqual({
        ok: false,
        messageKey: "upload.tooLarge",
        limitBytes: 5 * MB,
      });
    });

    it("follows the field's maxSizeMb", () => {
      const small = { ...anyType, maxSizeMb: 0.5 };
      expect(checkUpload(sized(JPEG_BYTES, MB / 2), small, freshApplication)).toMatchObject({ ok: true });
      expect(checkUpload(sized(JPEG_BYTES, MB / 2 + 1), small, freshApplication)).toMatchObject({
        ok: false,
        messageKey: "upload.tooLarge",
      });
      const large = { ...anyType, maxSizeMb: 20 };
      expect(checkUpload(sized(JPEG_BYTES, 20 * MB), large, freshApplication)).toMatchObject({ ok: true });
    });
  });

  describe("the per-application limit", () => {
    const limit = mbToBytes(DEFAULT_MAX_APPLICATION_MB);

    it("accepts a file that fills the application exactly and rejects one byte more", () => {
      const almostFull = { currentApplicationBytes: limit - 4 * MB, maxApplicationBytes: limit };
      expect(checkUpload(sized(PNG_BYTES, 4 * MB), anyType, almostFull)).toMatchObject({ ok: true });
      expect(checkUpload(sized(PNG_BYTES, 4 * MB + 1), anyType, almostFull)).toEqual({
        ok: false,
        messageKey: "upload.applicationTooLarge",
        limitBytes: limit,
      });
    });

    it("rejects even a small file once the application is full", () => {
      const full = { currentApplicationBytes: limit, maxApplicationBytes: limit };
      expect(checkUpload(probeOf(PNG_BYTES, "kk.png"), anyType, full)).toMatchObject({
        messageKey: "upload.applicationTooLarge",
      });
    });
  });

  it("has a translated text for every rejection", () => {
    const keys = ["upload.empty", "upload.tooLarge", "upload.typeNotAllowed", "upload.typeNotAccepted", "upload.applicationTooLarge", "upload.pdfIncomplete"];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    expect(translate("id", "upload.typeNotAllowed")).toBe("Jenis berkas tidak didukung. Unggah PDF, JPG, atau PNG.");
    expect(translate("en", "upload.typeNotAllowed")).toBe("This file type is not supported. Upload a PDF, JPG or PNG.");
  });
});

describe("formatBytes", () => {
  it.each([
    [0, "id", "0 B"],
    [999, "id", "999 B"],
    [1536, "id", "1,5 KB"],
    [1536, "en", "1.5 KB"],
    [5 * MB, "id", "5 MB"],
    [25 * MB, "en", "25 MB"],
    [Math.round(2.25 * MB), "en", "2.3 MB"],
    [3 * 1024 * MB, "id", "3 GB"],
  ] as const)("formats %d bytes (%s) as %s", (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });
});

describe("describeAccept", () => {
  it("lists the accepted types for the field hint", () => {
    expect(describeAccept(ALLOWED_UPLOAD_TYPES, "id")).toBe("PDF, JPG, atau PNG");
    expect(describeAccept(ALLOWED_UPLOAD_TYPES, "en")).toBe("PDF, JPG or PNG");
    expect(describeAccept(["application/pdf"], "id")).toBe("PDF");
    const hint = translate("id", "upload.allowedTypes", {
      types: describeAccept(ALLOWED_UPLOAD_TYPES, "id"),
      size: formatBytes(mbToBytes(5), "id"),
    });
    expect(hint).toBe("PDF, JPG, atau PNG, maksimal 5 MB");
  });
});
