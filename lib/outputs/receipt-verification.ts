import { canonicalJson } from "@/lib/outputs/canonical-record";
import type { VerificationMethod, VerificationView } from "@/lib/outputs/verification-result";
import { formatMoment, formatRupiah, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { ReceiptRecord } from "./receipt-record";

/** What /verifikasi answers for a payment receipt's code or file. Pure. */
export type ReceiptVerificationResult =
  | { state: "unknown" }
  | {
      state: "valid" | "refunded";
      record: ReceiptRecord;
      agency: { nameId: string; nameEn: string; timezone: string } | null;
      refundedAt: Date | null;
      signature: string;
      keyId: string;
    };

const FALLBACK_ZONE = "Asia/Jakarta";

/** "Receipt for bill X, amount, paid at, agency", in the same shape as an output's answer. */
export function receiptVerificationView(result: ReceiptVerificationResult, method: VerificationMethod, locale: Locale, t: Translator): VerificationView {
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
  const details = [
    { label: t("verify.receipt.bill"), value: record.billCode, mono: true },
    { label: t("verify.receipt.amount"), value: formatRupiah(record.amount, locale) },
    { label: t("verify.receipt.paidAt"), value: formatMoment(new Date(record.paidAt), locale, zone) },
    { label: t("verify.detail.agency"), value: result.agency ? pick(locale, result.agency, "name") : record.agencyCode },
    { label: t("verify.detail.service"), value: pick(locale, record.service, "name") },
    { label: t("verify.detail.trackingNumber"), value: record.trackingNumber, mono: true },
    { label: t("verify.detail.code"), value: record.verificationCode, mono: true },
    { label: t("verify.detail.pdfSha256"), value: record.pdfSha256, mono: true },
    { label: t("verify.pades.label"), value: t("verify.pades.value", { format: record.pdfSignature.format, signer: record.pdfSignature.signer }) },
    ...(result.refundedAt ? [{ label: t("verify.receipt.refundedAt"), value: formatMoment(result.refundedAt, locale, zone) }] : []),
  ];
  return {
    state: result.state,
    title: t(`verify.receipt.state.${result.state}`),
    explanation: t(result.state === "refunded" ? "verify.receipt.explain.refunded" : "verify.receipt.explain.valid"),
    details,
    signed: { canonicalRecord: canonicalJson(record), signature: result.signature, keyId: result.keyId },
  };
}
