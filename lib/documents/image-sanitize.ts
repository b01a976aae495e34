import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/platform/errors";
import type { UploadType } from "./file-type";

/** Larger than any phone camera or A4 scan at 600 dpi; stops decompression bombs. */
const MAX_INPUT_PIXELS = 60_000_000;

/**
 * Re-encodes an uploaded JPEG or PNG from its decoded pixels (issue 9, item 7).
 * What is stored is only the picture: EXIF (GPS position, camera serial),
 * XMP, comments and anything appended after the image data (an HTML page, a
 * ZIP archive) are gone. The EXIF orientation is applied first so the photo
 * still looks the right way up without it. PDFs are stored as they came:
 * they are only ever served as downloads or in a sandbox (lib/platform/http.ts).
 *
 * `field`: where a decoding failure is reported (a form field's key).
 */
export async function sanitizeUpload(bytes: Uint8Array, mimeType: UploadType, field: string): Promise<Uint8Array> {
  if (mimeType === "application/pdf") return bytes;
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const output =
      mimeType === "image/jpeg"
        ? await image.jpeg({ quality: 90, chromaSubsampling: "4:4:4" }).toBuffer()
        : await image.png({ compressionLevel: 9 }).toBuffer();
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  } catch {
    throw new AppError("INVALID", "upload.imageUnreadable", { [field]: ["upload.imageUnreadable"] });
  }
}
