import type { ALLOWED_UPLOAD_TYPES } from "@/lib/catalog/form-definition";

/**
 * What an uploaded file really is, decided from its bytes alone. The name's
 * extension and the browser's Content-Type are both chosen by the sender, so
 * neither is ever trusted.
 */
export type UploadType = (typeof ALLOWED_UPLOAD_TYPES)[number];

/** How many leading bytes `sniffFileType` needs (the longest signature, PNG's, is 8). */
export const HEAD_BYTES = 16;
/** PDF readers look for `%%EOF` within the last 1024 bytes; so do we. */
export const TAIL_BYTES = 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF"

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

/**
 * The signature must sit at offset 0. Acrobat tolerates junk before `%PDF-`,
 * but accepting it would let an HTML or script payload carry a PDF header
 * further in; a genuine scan or export never needs that leeway.
 */
export function sniffFileType(head: Uint8Array): UploadType | null {
  if (startsWith(head, PDF_MAGIC)) return "application/pdf";
  if (startsWith(head, PNG_MAGIC)) return "image/png";
  if (startsWith(head, JPEG_MAGIC)) return "image/jpeg";
  return null;
}

/**
 * A PDF ends with `%%EOF` (an incrementally updated one has several; the last
 * is near the end). Its absence means a truncated upload or a file that only
 * borrowed the header, and the officer could not open it either way.
 * `tail` is the file's last TAIL_BYTES bytes (or the whole file if shorter).
 */
export function hasPdfTrailer(tail: Uint8Array): boolean {
  const window = tail.length > TAIL_BYTES ? tail.subarray(tail.length - TAIL_BYTES) : tail;
  outer: for (let i = window.length - PDF_EOF.length; i >= 0; i--) {
    for (let j = 0; j < PDF_EOF.length; j++) if (window[i + j] !== PDF_EOF[j]) continue outer;
    return true;
  }
  return false;
}

const EXTENSIONS: Record<UploadType, { canonical: string; aliases: readonly string[] }> = {
  "application/pdf": { canonical: "pdf", aliases: ["pdf"] },
  "image/jpeg": { canonical: "jpg", aliases: ["jpg", "jpeg", "jpe", "jfif"] },
  "image/png": { canonical: "png", aliases: ["png"] },
};

const UPLOAD_EXTENSIONS = new Set(Object.values(EXTENSIONS).flatMap((e) => e.aliases));

/** The extension (without the dot) a file of this type is saved under. */
export function extensionFor(mimeType: UploadType): string {
  return EXTENSIONS[mimeType].canonical;
}

export const MAX_FILE_NAME_LENGTH = 120;
const FALLBACK_BASE = "dokumen";

// Control characters and invisible format characters (bidi overrides can make
// "gpj.exe" display as "exe.jpg"), except the joiners some scripts need.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const JOINERS = new Set(["\u200c", "\u200d"]);
// Characters Windows refuses in a saved file name and that break header quoting.
const RESERVED = /[<>:"|?*]/g;

const splitExtension = (name: string): [string, string | null] => {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return [name, null];
  const extension = name.slice(dot + 1);
  return /^[\p{L}\p{N}]{1,10}$/u.test(extension) ? [name.slice(0, dot), extension] : [name, null];
};

const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);

/** Cut to at most `max` code points without splitting a character a reader sees as one. */
function truncate(text: string, max: number): string {
  let out = "";
  let length = 0;
  for (const grapheme of graphemes(text)) {
    const size = Array.from(grapheme).length;
    if (length + size > max) break;
    out += grapheme;
    length += size;
  }
  return out;
}

/**
 * A display name for the uploaded file: what the citizen and the officer see
 * and what a download is offered as. It is stored in Document.fileName only,
 * never used as a path (storage keys are generated, see storage.ts).
 *
 * With `mimeType`, the extension is made to match the sniffed type: a PNG
 * sent as "ktp.pdf" is offered back as "ktp.png" (an upload-type extension is
 * replaced); an unrelated one ("laporan.docx" that is really a PDF) stays in
 * the base name, so nothing the citizen named is hidden.
 */
export function safeFileName(name: string, mimeType?: UploadType): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? "";
  let cleaned = lastSegment
    .normalize("NFC")
    .replace(INVISIBLE, (ch) => (JOINERS.has(ch) ? ch : ""))
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    // Leading dots would make a hidden file (or "..") when saved; trailing
    // dots and spaces are silently dropped by Windows.
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");

  let [base, extension] = splitExtension(cleaned);
  if (mimeType) {
    if (extension && UPLOAD_EXTENSIONS.has(extension.toLowerCase())) extension = null;
    else if (extension) base = `${base}.${extension}`;
    extension = extensionFor(mimeType);
  }
  base = base.replace(/[\s.]+$/, "");
  if (!base) base = FALLBACK_BASE;

  const suffix = extension ? `.${extension}` : "";
  cleaned = truncate(base, MAX_FILE_NAME_LENGTH - Array.from(suffix).length).replace(/[\s.]+$/, "");
  return `${cleaned || FALLBACK_BASE}${suffix}`;
}
