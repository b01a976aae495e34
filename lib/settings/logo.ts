import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { svgHazard } from "./svg-safety";

/** A logo is a small picture; a larger file is almost certainly not one. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** Enough for a sharp header logo on a high-density screen. */
const MAX_LOGO_HEIGHT = 256;
const MAX_INPUT_PIXELS = 25_000_000;

export type StoredLogo = { mimeType: "image/svg+xml" | "image/png" | "image/jpeg" | "image/webp"; bytes: Uint8Array<ArrayBuffer>; sha256: string };

const refuse = (key: MessageKey): never => {
  throw new AppError("INVALID", "error.invalidInput", { logo: [key] });
};

function rasterType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes[0] === 0x89 && ascii(1, 4) === "PNG") return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/**
 * An uploaded logo made safe to show on every page: an SVG is stored as it
 * came only when it is a plain picture (svg-safety.ts), otherwise refused;
 * a PNG, JPEG or WebP is decoded and encoded again at most 256 px high, which
 * drops metadata and anything appended to the image. The type is read from
 * the bytes, never from the file name.
 */
export async function prepareLogo(bytes: Uint8Array): Promise<StoredLogo> {
  if (bytes.byteLength > MAX_LOGO_BYTES) refuse("settings.error.logoTooLarge");
  const type = rasterType(bytes);
  if (!type) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
    const hazard = svgHazard(text);
    if (hazard === "notSvg") refuse("settings.error.logoType");
    if (hazard) refuse(`settings.error.svg.${hazard}` as MessageKey);
    return withHash({ mimeType: "image/svg+xml", bytes: new TextEncoder().encode(text) });
  }
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({ height: MAX_LOGO_HEIGHT, withoutEnlargement: true });
    const output =
      type === "image/png"
        ? await image.png({ compressionLevel: 9 }).toBuffer()
        : type === "image/jpeg"
          ? await image.jpeg({ quality: 90 }).toBuffer()
          : await image.webp({ quality: 90 }).toBuffer();
    return withHash({ mimeType: type, bytes: new Uint8Array(output) });
  } catch {
    return refuse("settings.error.logoUnreadable");
  }
}

function withHash(logo: Omit<StoredLogo, "sha256">): StoredLogo {
  return { ...logo, sha256: createHash("sha256").update(logo.bytes).digest("hex") };
}
