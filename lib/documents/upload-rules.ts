import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { extensionFor, hasPdfTrailer, HEAD_BYTES, safeFileName, sniffFileType, TAIL_BYTES, type UploadType } from "./file-type";
import { listFormat, numberFormat } from "@/lib/platform/i18n/intl-cache";

/** What the checks need to know about one file: its size and both ends, not the whole body. */
export type UploadProbe = {
  size: number;
  /** The first bytes (HEAD_BYTES suffice). */
  head: Uint8Array;
  /** The last bytes (TAIL_BYTES suffice), for the PDF trailer check. */
  tail: Uint8Array;
  /** The name the browser sent; only ever used for display. */
  declaredName: string;
};

/** A file field's rules, as in the form definition (`accept`, `maxSizeMb`). */
export type FieldUploadRules = { accept: readonly UploadType[]; maxSizeMb: number };

/** What the application already holds, so its files together stay under the total limit. */
export type ApplicationUploadBudget = { currentApplicationBytes: number; maxApplicationBytes: number };

export type UploadRejectionKey = Extract<
  MessageKey,
  "upload.empty" | "upload.tooLarge" | "upload.typeNotAllowed" | "upload.typeNotAccepted" | "upload.applicationTooLarge" | "upload.pdfIncomplete"
>;

export type UploadCheck =
  | { ok: true; mimeType: UploadType; extension: string; fileName: string }
  | {
      ok: false;
      messageKey: UploadRejectionKey;
      /** The limit that was exceeded, in bytes, for a UI that wants to show it (`formatBytes`). */
      limitBytes?: number;
    };

export const DEFAULT_MAX_FILE_MB = 5;
export const DEFAULT_MAX_APPLICATION_MB = 25;

/**
 * Megabytes as the limits are written (form definitions, env) to bytes. Binary
 * megabytes (MiB), because that is what the citizen's file manager shows as
 * "MB" on the files they pick, so a "5 MB" scan there fits a 5 MB limit here.
 */
export const mbToBytes = (mb: number) => Math.floor(mb * 1024 * 1024);

/** The probe of a file already held in memory. */
export function probeOf(bytes: Uint8Array, declaredName: string): UploadProbe {
  return {
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    tail: bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)),
    declaredName,
  };
}

/**
 * Whether one uploaded file may join an application. The type is decided from
 * the bytes; the declared name only becomes the display name, with its
 * extension corrected to the real type. Checks run cheapest and most telling
 * first: an empty or unrecognised file is reported as such even if it is also
 * too large.
 */
export function checkUpload(file: UploadProbe, field: FieldUploadRules, application: ApplicationUploadBudget): UploadCheck {
  if (file.size <= 0) return { ok: false, messageKey: "upload.empty" };

  const mimeType = sniffFileType(file.head);
  if (!mimeType) return { ok: false, messageKey: "upload.typeNotAllowed" };
  if (!field.accept.includes(mimeType)) return { ok: false, messageKey: "upload.typeNotAccepted" };

  const maxFileBytes = mbToBytes(field.maxSizeMb);
  if (file.size > maxFileBytes) return { ok: false, messageKey: "upload.tooLarge", limitBytes: maxFileBytes };

  if (application.currentApplicationBytes + file.size > application.maxApplicationBytes) {
    return { ok: false, messageKey: "upload.applicationTooLarge", limitBytes: application.maxApplicationBytes };
  }

  if (mimeType === "application/pdf" && !hasPdfTrailer(file.tail)) {
    return { ok: false, messageKey: "upload.pdfIncomplete" };
  }

  return { ok: true, mimeType, extension: extensionFor(mimeType), fileName: safeFileName(file.declaredName, mimeType) };
}

const intlLocale = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");
const UNITS = ["B", "KB", "MB", "GB"] as const;

/** "5 MB", "1,5 MB" (id) / "1.5 MB" (en), "820 KB": binary units, like mbToBytes. */
export function formatBytes(bytes: number, locale: Locale = "id"): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = numberFormat(intlLocale(locale), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${UNITS[unit]}`;
}

const TYPE_LABELS: Record<UploadType, string> = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" };

/** The accepted types for a field's hint, e.g. "PDF, JPG, atau PNG" / "PDF, JPG or PNG" (`upload.allowedTypes` {types}). */
export function describeAccept(accept: readonly UploadType[], locale: Locale = "id"): string {
  const labels = [...new Set(accept)].map((type) => TYPE_LABELS[type]);
  return listFormat(intlLocale(locale), { type: "disjunction" }).format(labels);
}
