import { describe, expect, it } from "vitest";
import { JPEG_BYTES, PDF_BYTES } from "@/tests/fixtures/documents";
import { precheckUpload } from "./upload-precheck";

const jpegOnly = { accept: ["image/jpeg" as const], maxSizeMb: 1 };

describe("checking a chosen file in the browser before it is uploaded", () => {
  it("refuses what the server would refuse, with the server's message, from the file's ends alone", async () => {
    const oversized = new File([Uint8Array.from(JPEG_BYTES), new Uint8Array(1024 * 1024)], "besar.jpg");
    expect(await precheckUpload(oversized, jpegOnly)).toBe("upload.tooLarge");
    expect(await precheckUpload(new File([Uint8Array.from(PDF_BYTES)], "kk.jpg"), jpegOnly)).toBe("upload.typeNotAccepted");
    expect(await precheckUpload(new File(["<html>"], "kk.jpg"), jpegOnly)).toBe("upload.typeNotAllowed");
    expect(await precheckUpload(new File([], "kosong.jpg"), jpegOnly)).toBe("upload.empty");
  });

  it("lets a file the server would take through", async () => {
    expect(await precheckUpload(new File([Uint8Array.from(JPEG_BYTES)], "kk.jpg"), jpegOnly)).toBeNull();
    expect(await precheckUpload(new File([Uint8Array.from(PDF_BYTES)], "kk.pdf"), { accept: ["application/pdf"], maxSizeMb: 1 })).toBeNull();
  });
});
