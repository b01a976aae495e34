import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { canonicalJson, type OutputRecord } from "./canonical-record";

/**
 * What public verification answers (DESIGN.md §7). "valid", "revoked" and
 * "expired" (past the validity its service declares, DESIGN.md §16) are only
 * ever given for a record whose signature checked out; everything else,
 * including a record that fails its signature, is "unknown". "refunded" is a
 * payment receipt's (lib/outputs/receipt-verification.ts).
 */
export type VerificationState = "valid" | "revoked" | "expired" | "refunded" | "unknown";

export type VerificationResult =
  | { state: "unknown" }
  | {
      /** Revoked wins over expired: a revoked document is refused for that reason. */
      state: "valid" | "revoked" | "expired";
      /** The signed record: the only details the answer vouches for. */
      record: OutputRecord;
      issuedAt: Date;
      /** From the validity months the service's standard declares; null when it does not expire. */
      expiresAt?: Date | null;
      revokedAt: Date | null;
      revokedReason: string | null;
      /** The agency named by record.agencyCode, for its names and timezone (public catalog data). */
      agency: { nameId: string; nameEn: string; timezone: string } | null;
      /** Base64url Ed25519 signature over canonicalJson(record), and the key that made it: for independent checks. */
      signature: string;
      keyId: string;
    };

/** How the visitor asked: the explanation differs for a typed code and an uploaded file. */
export type VerificationMethod = "code" | "file";

export type VerificationDetail = { label: string; value: string; mono?: boolean };

/** The result as text, ready for a page or a client form (no catalogs shipped to the browser). */
export type VerificationView = {
  state: VerificationState;
  title: string;
  explanation: string;
  details: VerificationDetail[];
  /** What a third party needs to check the signature with the published public key. */
  signed?: { canonicalRecord: string; signature: string; keyId: string };
};

const FALLBACK_ZONE = "Asia/Jakarta";

export function verificationView(result: VerificationResult, method: VerificationMethod, locale: Locale, t: Translator): VerificationView {
  if (result.state === "unknown") {
    return {
      state: "unknown",
      title: t("verify.state.unknown"),
      explanation: t(method === "file" ? "verify.explain.unknownFile" : "verify.explain.unknown"),
      details: [],
    };
  }
  const { record } = result;
  const zone = result.agency?.timezone ?? FALLBACK_ZONE;
  const details: VerificationDetail[] = [
    { label: t("verify.detail.service"), value: pick(locale, record.service, "name") },
    { label: t("verify.detail.agency"), value: result.agency ? pick(locale, result.agency, "name") : record.agencyCode },
    { label: t("verify.detail.holder"), value: record.holderNameMasked },
    { label: t("verify.detail.issuedAt"), value: formatMoment(new Date(record.issuedAt), locale, zone) },
    { label: t("verify.detail.trackingNumber"), value: record.trackingNumber, mono: true },
    { label: t("verify.detail.code"), value: record.verificationCode, mono: true },
    { label: t("verify.detail.pdfSha256"), value: record.pdfSha256, mono: true },
    // Versioned (DESIGN.md §16): version 2 records name the PAdES signature embedded in the PDF; version 1 documents predate it.
    ...(record.pdfSignature
      ? [
          { label: t("verify.pades.label"), value: t("verify.pades.value", { format: record.pdfSignature.format, signer: record.pdfSignature.signer }) },
          { label: t("verify.pades.level"), value: t(`verify.pades.level.${record.pdfSignature.format}`) },
          { label: t("verify.pades.certificate"), value: record.pdfSignature.certificateSha256, mono: true },
        ]
      : [{ label: t("verify.pades.label"), value: t("verify.pades.legacy") }]),
  ];
  if (result.expiresAt) details.push({ label: t("verify.detail.expiresAt"), value: formatMoment(result.expiresAt, locale, zone) });
  if (result.state === "revoked") {
    if (result.revokedAt) details.push({ label: t("verify.detail.revokedAt"), value: formatMoment(result.revokedAt, locale, zone) });
    if (result.revokedReason) details.push({ label: t("verify.detail.revokedReason"), value: result.revokedReason });
  }
  const explanation =
    result.state === "revoked"
      ? "verify.explain.revoked"
      : result.state === "expired"
        ? "verify.explain.expired"
        : method === "file"
          ? "verify.explain.validFile"
          : "verify.explain.valid";
  return {
    state: result.state,
    title: t(`verify.state.${result.state}`),
    explanation: t(explanation),
    details,
    signed: { canonicalRecord: canonicalJson(record), signature: result.signature, keyId: result.keyId },
  };
}
